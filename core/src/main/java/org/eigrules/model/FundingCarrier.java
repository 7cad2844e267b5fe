package org.eigrules.model;

import org.eigrules.validation.BudgetProgramme;
import org.eigrules.validation.PromotionField;

import jakarta.validation.constraints.NotBlank;

/**
 * The body that signs the funding agreement and receives the programme's money for the host
 * (porteur administratif): a ministry in promotion 3; in promotions 4 and 5 any administration
 * holding a payroll budget programme.
 *
 * @param name                           the body's name
 * @param kind                           its legal kind (missing only when co-financing is requested)
 * @param payrollBudgetProgramme         the payroll (titre 2) budget programme it holds, promotions 4 and 5 (FIN-7 … FIN-9)
 * @param economicAndFinancialMinistries whether it belongs to the economic and financial ministries,
 *                                       promotions 4 and 5 (FIN-12); optional
 */
public record FundingCarrier(@NotBlank String name, BodyKind kind,
                             @PromotionField({4, 5}) @BudgetProgramme String payrollBudgetProgramme,
                             @PromotionField({4, 5}) Boolean economicAndFinancialMinistries) {

    /** A funding carrier as a promotion 3 file describes it. */
    public FundingCarrier(String name, BodyKind kind) {
        this(name, kind, null, null);
    }
}
