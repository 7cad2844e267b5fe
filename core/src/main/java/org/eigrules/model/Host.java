package org.eigrules.model;

import jakarta.validation.constraints.NotBlank;
import org.eigrules.validation.BudgetProgramme;
import org.eigrules.validation.NeededBy;
import org.eigrules.validation.NotBlankWhenGiven;
import org.eigrules.validation.PromotionField;
import org.eigrules.validation.Siret;

/**
 * The administration that hosts the EIGs (porteur opérationnel).
 *
 * @param name                           the body's name
 * @param kind                           its legal kind (ADM-1; who may receive the money when co-financing is requested)
 * @param siret                          its SIRET, optional
 * @param payrollBudgetProgramme         the payroll (titre 2) budget programme it holds, promotions 4 and 5 (FIN-7)
 * @param economicAndFinancialMinistries whether it belongs to the economic and financial ministries,
 *                                       promotions 4 and 5 (FIN-12); optional
 * @param parisRegion                    whether it is in the Paris region (Île-de-France), promotion 5 (PRI-7); optional
 */
public record Host(@NotBlank String name, @NeededBy("ADM-1") BodyKind kind, @Siret String siret,
                   @PromotionField({4, 5}) @BudgetProgramme String payrollBudgetProgramme,
                   @PromotionField({4, 5}) Boolean economicAndFinancialMinistries,
                   @PromotionField(5) Boolean parisRegion) {

    /** A host as a promotion 3 file describes it. */
    public Host(String name, BodyKind kind, String siret) {
        this(name, kind, siret, null, null, null);
    }
}
