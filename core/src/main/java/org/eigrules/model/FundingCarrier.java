package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;
import org.eigrules.validation.NeededBy;

/**
 * The ministry that signs the funding agreement and receives the PIA money for the host
 * (porteur administratif).
 *
 * @param name the body's name
 * @param kind its legal kind (FIN-1, FIN-2)
 */
public record FundingCarrier(@NotBlank String name, @NeededBy("FIN-1") BodyKind kind) {
}
