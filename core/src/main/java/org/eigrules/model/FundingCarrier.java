package org.eigrules.model;


import jakarta.validation.constraints.NotBlank;

/**
 * The body that signs the funding agreement and receives the programme's money for the host
 * (porteur administratif): a ministry, or in later calls any administration holding a payroll
 * budget programme.
 *
 * @param name                           the body's name
 * @param kind                           its legal kind (missing only when co-financing is requested)
 * @param payrollBudgetProgramme         the payroll (titre 2) budget programme it holds
 * @param economicAndFinancialMinistries whether it belongs to the economic and financial ministries; optional
 */
public record FundingCarrier(@NotBlank String name, BodyKind kind,
                             @BudgetProgramme String payrollBudgetProgramme,
                             Boolean economicAndFinancialMinistries) {

    /** A funding carrier without the fields only later calls ask for. */
    public FundingCarrier(String name, BodyKind kind) {
        this(name, kind, null, null);
    }
}
