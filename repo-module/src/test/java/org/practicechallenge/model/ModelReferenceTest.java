package org.practicechallenge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelReferenceTest {

    private static final String PC = "http://www.practicechallenge.org/model/content/1.0";

    private final DictionaryModel content = ShippedResources.contentModel();
    private final DictionaryModel workflow = ShippedResources.workflowModel();

    @Test
    void everyParentAspectTypeConstraintAndPrefixResolves() {
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));

        assertThat(scope.unresolvedReferencesIn(content)).isEmpty();
        assertThat(scope.unresolvedReferencesIn(workflow)).isEmpty();
    }

    @Test
    void everyImportMatchesTheNamespaceItsModelDeclares() {
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));

        assertThat(scope.importMismatchesIn(content)).isEmpty();
        assertThat(scope.importMismatchesIn(workflow)).isEmpty();
    }

    @Test
    void everyConstraintCanBeBuiltAndEveryDefaultSatisfiesItsConstraints() {
        DictionaryScope scope = AlfrescoReferenceData.requirePresent().scopeWith(List.of(content, workflow));

        assertThat(scope.constraintProblemsIn(content)).isEmpty();
        assertThat(scope.constraintProblemsIn(workflow)).isEmpty();
    }

    @Test
    void eachNameIsDefinedOnceInItsModel() {
        assertThat(content.duplicateNames()).isEmpty();
        assertThat(workflow.duplicateNames()).isEmpty();
    }

    @Test
    void anUndefinedParentAspectDataTypeConstraintOrPrefixIsReported() {
        AlfrescoReferenceData reference = AlfrescoReferenceData.requirePresent();
        DictionaryModel broken = DictionaryModel.parse("""
                <model name="pc:practiceChallengeModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports>
                        <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
                        <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/>
                    </imports>
                    <namespaces><namespace uri="%s" prefix="pc"/></namespaces>
                    <types>
                        <type name="pc:practiceChallenge">
                            <parent>cm:noSuchFolder</parent>
                            <properties>
                                <property name="pc:stage">
                                    <type>d:words</type>
                                    <constraints><constraint ref="pc:noSuchList"/></constraints>
                                </property>
                            </properties>
                            <mandatory-aspects><aspect>cm:folder</aspect><aspect>xx:unknown</aspect></mandatory-aspects>
                        </type>
                    </types>
                </model>
                """.formatted(PC), "broken");
        List<DictionaryModel> models = new ArrayList<>(reference.dictionaryModels());
        models.add(broken);

        List<String> problems = DictionaryScope.of(models).unresolvedReferencesIn(broken);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("parent 'cm:noSuchFolder' is not defined"))
                .anySatisfy(p -> assertThat(p).contains("type 'd:words' is not defined"))
                .anySatisfy(p -> assertThat(p).contains("'pc:noSuchList' is not defined"))
                .anySatisfy(p -> assertThat(p).contains("mandatory aspect 'cm:folder' is a type, not an aspect"))
                .anySatisfy(p -> assertThat(p).contains("'xx:unknown' uses a prefix the model neither declares nor imports"));
    }

    @Test
    void anOverrideOfAPropertyNoParentDefinesIsReported() {
        AlfrescoReferenceData reference = AlfrescoReferenceData.requirePresent();
        DictionaryModel broken = DictionaryModel.parse("""
                <model name="pc:practiceChallengeModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports>
                        <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
                        <import uri="http://www.alfresco.org/model/bpm/1.0" prefix="bpm"/>
                    </imports>
                    <namespaces><namespace uri="%s" prefix="pc"/></namespaces>
                    <types>
                        <type name="pc:plainTask">
                            <parent>bpm:workflowTask</parent>
                            <overrides><property name="bpm:outcomePropertyName"><default>x</default></property></overrides>
                        </type>
                    </types>
                </model>
                """.formatted(PC), "broken");
        List<DictionaryModel> models = new ArrayList<>(reference.dictionaryModels());
        models.add(broken);

        assertThat(DictionaryScope.of(models).unresolvedReferencesIn(broken))
                .singleElement().asString().contains("overrides 'bpm:outcomePropertyName', which none of its parents defines");
    }

    @Test
    void anImportUnderAnotherPrefixOrOfAnUnknownNamespaceIsReported() {
        AlfrescoReferenceData reference = AlfrescoReferenceData.requirePresent();
        DictionaryModel broken = DictionaryModel.parse("""
                <model name="pc:practiceChallengeModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports>
                        <import uri="http://www.alfresco.org/model/content/1.0" prefix="content"/>
                        <import uri="http://www.alfresco.org/model/nothing/1.0" prefix="no"/>
                    </imports>
                    <namespaces><namespace uri="%s" prefix="pc"/></namespaces>
                </model>
                """.formatted(PC), "broken");
        List<DictionaryModel> models = new ArrayList<>(reference.dictionaryModels());
        models.add(broken);

        assertThat(DictionaryScope.of(models).importMismatchesIn(broken))
                .anySatisfy(p -> assertThat(p).contains("as 'content', but cm:contentmodel declares it as 'cm'"))
                .anySatisfy(p -> assertThat(p).contains("no model in the dictionary folder or the project declares"));
    }

    @Test
    void aDefaultOutsideItsListAndADuplicatedListValueAreReported() {
        DictionaryModel broken = DictionaryModel.parse("""
                <model name="pc:practiceChallengeModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <imports><import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/></imports>
                    <namespaces><namespace uri="%s" prefix="pc"/></namespaces>
                    <constraints>
                        <constraint name="pc:statusList" type="LIST">
                            <parameter name="allowedValues"><list><value>open</value><value>open</value></list></parameter>
                        </constraint>
                        <constraint name="pc:agencyCode" type="REGEX">
                            <parameter name="expression"><value>[a-z</value></parameter>
                        </constraint>
                    </constraints>
                    <aspects>
                        <aspect name="pc:progress">
                            <properties>
                                <property name="pc:status">
                                    <type>d:text</type>
                                    <default>closed</default>
                                    <constraints><constraint ref="pc:statusList"/></constraints>
                                </property>
                            </properties>
                        </aspect>
                    </aspects>
                </model>
                """.formatted(PC), "broken");

        List<String> problems = DictionaryScope.of(List.of(broken)).constraintProblemsIn(broken);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("lists [open] more than once"))
                .anySatisfy(p -> assertThat(p).contains("expression Java cannot compile"))
                .anySatisfy(p -> assertThat(p).contains("defaults to 'closed', which pc:statusList does not allow"));
    }

    @Test
    void aNameDefinedTwiceIsReported() {
        DictionaryModel twice = DictionaryModel.parse("""
                <model name="pc:practiceChallengeModel" xmlns="http://www.alfresco.org/model/dictionary/1.0">
                    <namespaces><namespace uri="%s" prefix="pc"/></namespaces>
                    <aspects>
                        <aspect name="pc:one"><properties><property name="pc:facts"><type>d:text</type></property></properties></aspect>
                        <aspect name="pc:two"><properties><property name="pc:facts"><type>d:text</type></property></properties></aspect>
                    </aspects>
                </model>
                """.formatted(PC), "twice");

        assertThat(twice.duplicateNames()).containsExactly("pc:facts");
    }
}
