package org.eigrules.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eigrules.EigRules;
import org.eigrules.decision.Language;
import org.eigrules.model.Application;

class JacksonModuleExample {

    static String decide(String body) throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EigJacksonModule(Language.FR));
        Application application = mapper.readValue(body, Application.class); // strict, as a file
        return mapper.writeValueAsString(EigRules.builtIn().evaluate(application));
    }
}
