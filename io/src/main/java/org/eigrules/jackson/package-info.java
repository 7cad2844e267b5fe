/**
 * The contract as a Jackson 2 module ({@link org.eigrules.jackson.EigJacksonModule}), for
 * frameworks that bind request bodies with their own {@code ObjectMapper}.
 */
package org.eigrules.jackson;
