package org.eigrules.spring;

import org.eigrules.decision.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The starter's settings, under {@code eig.rules}.
 *
 * @param folder   a rule folder to load instead of the built-in rules ({@code eig.rules.folder}); its
 *                 problems stop the application at start, with the file and line of each
 * @param language the language of decisions and problems when a request asks for neither French nor
 *                 English ({@code eig.rules.language}: {@code fr}, the default, or {@code en})
 */
@ConfigurationProperties("eig.rules")
public record EigRulesProperties(Path folder, Language language) {

    /** Absent settings take their defaults: the built-in rules, French. */
    public EigRulesProperties {
        language = language == null ? Language.FR : language;
    }
}
