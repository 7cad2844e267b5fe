package org.eigrules.spring;

import org.eigrules.EigRules;
import org.eigrules.authoring.RuleFolders;
import org.eigrules.record.Fingerprints;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The starter: an {@link EigRules} bean (the built-in rules, or the folder named by
 * {@code eig.rules.folder}), and in a Spring MVC application the contract's reading and writing
 * of request and response bodies, problem details, a case-insensitive {@code Language}, and a
 * health indicator naming the rule set's fingerprint.
 */
@AutoConfiguration
@EnableConfigurationProperties(EigRulesProperties.class)
public class EigRulesAutoConfiguration {

    /**
     * The rules, loaded once at start: a rule folder's problems stop the application there, each
     * with its file and line, rather than at the first request.
     */
    @Bean
    @ConditionalOnMissingBean
    public EigRules eigRules(EigRulesProperties properties) {
        EigRules rules = properties.folder() == null ? EigRules.builtIn() : RuleFolders.load(properties.folder());
        Fingerprints.of(rules); // a folder is fingerprinted from its files as they were loaded
        return rules;
    }

    /** Spring MVC: the contract's bodies, problems, and {@code Language} parameters in any case. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class WebMvc {

        @Bean
        @ConditionalOnMissingBean
        ContractMessageConverter eigContractMessageConverter(EigRulesProperties properties) {
            return new ContractMessageConverter(properties.language());
        }

        @Bean
        @ConditionalOnMissingBean
        ContractProblems eigContractProblems(EigRulesProperties properties) {
            return new ContractProblems(properties.language());
        }

        @Bean
        WebMvcConfigurer eigWebMvcConfigurer(ContractMessageConverter converter) {
            return new WebMvcConfigurer() {
                // First, so that Application, Candidacy and Decision never reach a general-purpose JSON mapper.
                // The list form is the one both Spring Framework 6 (Spring Boot 3.5) and 7 (Spring Boot 4) call.
                @Override
                @SuppressWarnings({"deprecation", "removal"})
                public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                    converters.remove(converter);
                    converters.add(0, converter);
                }

                @Override
                public void addFormatters(FormatterRegistry registry) {
                    registry.addConverter(String.class, org.eigrules.decision.Language.class, RequestLanguage::parse);
                }
            };
        }
    }

    /** Spring Boot 4's actuator (Spring Framework 7 alongside tells it from a stray jar on Spring Boot 3). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
            "org.springframework.http.converter.HttpMessageConverters"})
    static class HealthOnBoot4 {

        @Bean
        @ConditionalOnMissingBean(name = "eigRulesHealthIndicator")
        HealthOnSpringBoot4 eigRulesHealthIndicator(EigRules rules, EigRulesProperties properties) {
            return new HealthOnSpringBoot4(RuleSetHealth.details(rules, properties.folder()));
        }
    }

    /** Spring Boot 3's actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = HealthOnSpringBoot3.INDICATOR)
    static class HealthOnBoot3 {

        @Bean
        @ConditionalOnMissingBean(name = "eigRulesHealthIndicator")
        HealthOnSpringBoot3 eigRulesHealthIndicator(EigRules rules, EigRulesProperties properties) {
            return new HealthOnSpringBoot3(RuleSetHealth.details(rules, properties.folder()),
                    EigRulesAutoConfiguration.class.getClassLoader());
        }
    }
}
