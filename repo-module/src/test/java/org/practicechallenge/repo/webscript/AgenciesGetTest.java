package org.practicechallenge.repo.webscript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practicechallenge.repo.ModuleDefaults;

class AgenciesGetTest
{
    @Test
    void listsTheConfiguredAgenciesByNameWithTheirCodes()
    {
        WebScriptCall call = WebScriptCall.get().to(new AgenciesGet(ModuleDefaults.partnership()));

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.contentType()).startsWith("application/json");
        String body = call.body();
        assertThat(body).startsWith("[{\"code\":").contains("{\"code\":\"police\",\"name\":\"Police\"}")
                .contains("{\"code\":\"socialCare\",\"name\":\"Children's Social Care\"}");
        assertThat(body.indexOf("Children's Social Care")).isLessThan(body.indexOf("\"Police\""));
    }
}
