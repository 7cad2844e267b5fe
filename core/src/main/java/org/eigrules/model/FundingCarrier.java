package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The ministry that signs the funding agreement and receives the PIA money for the host
 * (porteur administratif).
 *
 * @param name the body's name
 * @param kind its legal kind (FIN-1, FIN-2; missing only when co-financing is requested)
 */
public record FundingCarrier(@NotBlank String name, BodyKind kind) {
}
