package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The administration that hosts the EIGs (porteur opérationnel).
 *
 * @param name                           the body's name
 * @param kind                           its legal kind (who may receive the money when co-financing is requested)
 * @param siret                          its SIRET, optional
 * @param payrollBudgetProgramme         the payroll (titre 2) budget programme it holds
 * @param economicAndFinancialMinistries whether it belongs to the economic and financial ministries; optional
 * @param parisRegion                    whether it is in the Paris region (Île-de-France); optional
 */
public record Host(@NotBlank String name, BodyKind kind, @Siret String siret,
                   @BudgetProgramme String payrollBudgetProgramme,
                   Boolean economicAndFinancialMinistries,
                   Boolean parisRegion) {

    /** A host without the fields only later calls ask for. */
    public Host(String name, BodyKind kind, String siret) {
        this(name, kind, siret, null, null, null);
    }
}
