package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;
import org.eigrules.validation.NeededBy;
import org.eigrules.validation.Siret;

/**
 * The administration that hosts the EIGs (porteur opérationnel).
 *
 * @param name  the body's name
 * @param kind  its legal kind (ADM-1; FIN-1 and FIN-2 when co-financing is requested)
 * @param siret its SIRET, optional
 */
public record Host(@NotBlank String name, @NeededBy("ADM-1") BodyKind kind, @Siret String siret) {
}
