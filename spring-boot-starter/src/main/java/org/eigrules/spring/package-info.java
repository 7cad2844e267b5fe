/**
 * The Spring Boot starter: add {@code eig-spring-boot-starter} and an application gets an
 * {@link org.eigrules.EigRules} bean, request bodies read as strictly as {@code eig evaluate} reads
 * files, decisions written as the contract's JSON, RFC 9457 problems for invalid input, and an
 * actuator health indicator naming the rule set's fingerprint. Works on Spring Boot 4.0 and 3.5.
 */
package org.eigrules.spring;
