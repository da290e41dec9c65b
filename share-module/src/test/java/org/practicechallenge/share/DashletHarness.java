package org.practicechallenge.share;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.mozilla.javascript.ConsString;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * Runs a component (the dashlet, the challenge page) the way Share's web script runtime does, with only what they
 * use: the controller in Rhino with model, args, url, page, msg and a fake remote connector; the templates in
 * FreeMarker with msg, args, url and Surf's markup directives.
 */
final class DashletHarness
{
    static final String HTML_ID = "page_x002e_component-1-1_x0023_default";
    static final Properties GLOBAL = ModuleFiles.properties(ModuleFiles.BUNDLE);
    static final Properties DASHLET = ModuleFiles.properties(ModuleFiles.DASHLET_BUNDLE);

    /** What the repository answers, like Surf's Response: a status with a code, and the body as toString(). */
    public static final class FakeResponse
    {
        private final ResponseStatus status;
        private final String body;

        FakeResponse(int code, String body)
        {
            this.status = new ResponseStatus(code);
            this.body = body;
        }

        public ResponseStatus getStatus()
        {
            return status;
        }

        @Override
        public String toString()
        {
            return body;
        }
    }

    public static final class ResponseStatus
    {
        private final int code;

        ResponseStatus(int code)
        {
            this.code = code;
        }

        public int getCode()
        {
            return code;
        }
    }

    /** The "remote" root object: answers by the path before the query string, and remembers what was asked. */
    public static final class FakeRemote
    {
        final Map<String, FakeResponse> answers = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();

        FakeRemote answer(String path, int code, String body)
        {
            answers.put(path, new FakeResponse(code, body));
            return this;
        }

        public FakeResponse call(String uri)
        {
            calls.add(uri);
            String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            FakeResponse answer = answers.get(path);
            return answer != null ? answer : new FakeResponse(404, "{\"status\":{\"code\":404},\"message\":\"not found\"}");
        }
    }

    /** The web script's "msg" object: its own bundle first, then the module's, else the key itself. */
    public static final class ScriptMessages
    {
        private final Properties own;

        ScriptMessages(Properties own)
        {
            this.own = own;
        }

        public String get(String key)
        {
            return text(own, key);
        }
    }

    private DashletHarness()
    {
    }

    static String text(String key)
    {
        return text(DASHLET, key);
    }

    /** A web script's text for key: its own bundle, then the module's, else the key itself. */
    static String text(Properties own, String key)
    {
        String value = own.getProperty(key);
        if (value == null)
        {
            value = GLOBAL.getProperty(key);
        }
        return value != null ? value : key;
    }

    static Map<String, Object> runController(FakeRemote remote, Map<String, String> args)
    {
        return runController(ModuleFiles.DASHLET.resolve("escalations.get.js"), DASHLET, remote, args, Map.of());
    }

    /**
     * Runs a component's controller with its own bundle; pageArgs are Surf's page.url.args, and its "site", when
     * given, page.url.templateArgs.site (a page opened within a site).
     */
    static Map<String, Object> runController(Path script, Properties own, FakeRemote remote, Map<String, String> args,
        Map<String, String> pageArgs)
    {
        Context cx = Context.enter();
        try
        {
            cx.setLanguageVersion(Context.VERSION_1_8);
            ScriptableObject scope = cx.initStandardObjects();
            Scriptable model = cx.newObject(scope);
            Scriptable argsObject = cx.newObject(scope);
            args.forEach((name, value) -> ScriptableObject.putProperty(argsObject, name, value));
            Scriptable url = cx.newObject(scope);
            ScriptableObject.putProperty(url, "context", "/share");
            ScriptableObject.putProperty(scope, "model", model);
            ScriptableObject.putProperty(scope, "args", argsObject);
            ScriptableObject.putProperty(scope, "url", url);
            Scriptable pageUrl = cx.newObject(scope);
            Scriptable urlArgs = cx.newObject(scope);
            Scriptable templateArgs = cx.newObject(scope);
            pageArgs.forEach((name, value) -> ScriptableObject.putProperty(name.equals("site") ? templateArgs : urlArgs, name, value));
            ScriptableObject.putProperty(pageUrl, "args", urlArgs);
            ScriptableObject.putProperty(pageUrl, "templateArgs", templateArgs);
            Scriptable page = cx.newObject(scope);
            ScriptableObject.putProperty(page, "url", pageUrl);
            ScriptableObject.putProperty(scope, "page", page);
            ScriptableObject.putProperty(scope, "msg", Context.javaToJS(new ScriptMessages(own), scope));
            ScriptableObject.putProperty(scope, "remote", Context.javaToJS(remote, scope));
            cx.evaluateString(scope, withImports(ModuleFiles.read(script)), script.getFileName().toString(), 1, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) toJava(model);
            return result;
        }
        finally
        {
            Context.exit();
        }
    }

    /** The module's own classpath imports, inlined before the script as Surf's script processor does. */
    static String withImports(String script)
    {
        java.util.regex.Matcher each = java.util.regex.Pattern
            .compile("<import resource=\"classpath:alfresco/web-extension/site-webscripts/([^\"]+)\">\\s*").matcher(script);
        StringBuilder resolved = new StringBuilder();
        while (each.find())
        {
            Path imported = ModuleFiles.SITE_WEBSCRIPTS.resolve(each.group(1));
            each.appendReplacement(resolved, java.util.regex.Matcher.quoteReplacement(ModuleFiles.read(imported) + "\n"));
        }
        each.appendTail(resolved);
        return resolved.toString();
    }

    /** Rhino's objects as Java maps, lists, strings, doubles and booleans; null for null and undefined. */
    static Object toJava(Object value)
    {
        if (value == null || value instanceof Undefined)
        {
            return null;
        }
        if (value instanceof NativeArray)
        {
            NativeArray array = (NativeArray) value;
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.getLength(); i++)
            {
                list.add(toJava(array.get(i, array)));
            }
            return list;
        }
        if (value instanceof NativeObject)
        {
            NativeObject object = (NativeObject) value;
            Map<String, Object> map = new LinkedHashMap<>();
            for (Object id : object.getIds())
            {
                map.put(String.valueOf(id), toJava(object.get(String.valueOf(id), object)));
            }
            return map;
        }
        if (value instanceof ConsString || value instanceof CharSequence)
        {
            return value.toString();
        }
        if (value instanceof Number)
        {
            return ((Number) value).doubleValue();
        }
        return value;
    }

    /** Renders a template under site-webscripts with the model plus what Surf adds to every template. */
    static String render(String templatePath, Map<String, Object> model, Map<String, Object> args, String context)
    {
        return render(templatePath, model, args, context, DASHLET);
    }

    /** The same for a web script whose own bundle is own. */
    static String render(String templatePath, Map<String, Object> model, Map<String, Object> args, String context,
        Properties own)
    {
        try
        {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
            cfg.setTemplateLoader(new FileTemplateLoader(ModuleFiles.SITE_WEBSCRIPTS.toFile()));
            cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
            cfg.setDefaultEncoding("UTF-8");
            cfg.setURLEscapingCharset("UTF-8");
            cfg.setLocale(Locale.UK);
            cfg.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
            Template template = cfg.getTemplate(templatePath);

            Map<String, Object> root = new LinkedHashMap<>(model);
            root.put("args", args);
            root.put("url", Map.of("context", context));
            root.put("msg", (TemplateMethodModelEx) arguments -> msg(own, arguments));
            root.put("markup", (TemplateDirectiveModel) (env, params, loopVars, body) -> renderBody(body, env));
            root.put("uniqueIdDiv", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
                env.getOut().write("<div class=\"uid\">");
                renderBody(body, env);
                env.getOut().write("</div>");
            });
            // As Surf: a stylesheet is for the screen only unless its media says otherwise.
            root.put("link", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + params.get("href") + "\" media=\""
                    + (params.get("media") != null ? params.get("media") : "screen") + "\" />\n"));
            root.put("script", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write("<script type=\"text/javascript\" src=\"" + params.get("src") + "\"></script>\n"));
            root.put("createWidgets", (TemplateDirectiveModel) (env, params, loopVars, body) ->
                env.getOut().write(widgetScript(model, String.valueOf(args.get("htmlid")), own)));

            Writer out = new StringWriter();
            template.process(root, out);
            return out.toString();
        }
        catch (IOException | TemplateException e)
        {
            throw new IllegalStateException("Cannot render " + templatePath + ": " + e.getMessage(), e);
        }
    }

    static String renderDashlet(Map<String, Object> model, String context)
    {
        return render("org/practicechallenge/components/dashlets/escalations.get.html.ftl", model,
            Map.of("htmlid", HTML_ID), context);
    }

    /** What Surf's createWidgets writes: each widget built with its options and the web script's messages. */
    static String widgetScript(Map<String, Object> model, String htmlId, Properties own)
    {
        StringBuilder script = new StringBuilder("<script type=\"text/javascript\">//<![CDATA[\n");
        Object widgets = model.get("widgets");
        if (widgets instanceof List)
        {
            Map<String, Object> messages = new LinkedHashMap<>();
            own.stringPropertyNames().forEach(k -> messages.put(k, own.getProperty(k)));
            for (Object widget : (List<?>) widgets)
            {
                Map<?, ?> w = (Map<?, ?>) widget;
                script.append("new ").append(w.get("name")).append("(\"").append(htmlId).append("\").setOptions(")
                    .append(Json.write(w.get("options"))).append(").setMessages(").append(Json.write(messages)).append(");\n");
            }
        }
        return script.append("//]]></script>\n").toString();
    }

    private static void renderBody(TemplateDirectiveBody body, Environment env) throws TemplateException, IOException
    {
        if (body != null)
        {
            body.render(env.getOut());
        }
    }

    /** Surf's msg(): the text for a key, formatted with MessageFormat only when arguments are given. */
    private static Object msg(Properties own, List<?> arguments) throws TemplateModelException
    {
        if (arguments.isEmpty())
        {
            throw new TemplateModelException("msg() needs a key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        String text = text(own, key);
        if (arguments.size() == 1)
        {
            return text;
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++)
        {
            values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return new MessageFormat(text, Locale.UK).format(values);
    }
}
