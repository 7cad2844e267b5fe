package org.eigrules.engine;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eigrules.validation.Violation;
import org.eigrules.model.NoPiaRequestWhenSelfFunded;
import org.eigrules.model.OneRequestedAmount;
import org.eigrules.reading.InputText;
import org.eigrules.model.BudgetProgramme;
import org.eigrules.model.NotBlankWhenGiven;
import org.eigrules.model.Siret;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

/**
 * A constraint violation in the contract's words, in English and French: what was expected and
 * what was found, the value shown escaped and cut. A constraint without a text here keeps its
 * own (English) message in both languages.
 */
final class ConstraintTexts {

    private ConstraintTexts() {
    }

    static Violation violation(String path, ConstraintViolation<?> v) {
        Annotation annotation = v.getConstraintDescriptor().getAnnotation();
        Object found = found(v.getInvalidValue());
        InputText text;
        if (annotation instanceof NotNull) {
            text = InputText.of("constraint.not-null");
        } else if (annotation instanceof NotBlank || annotation instanceof NotBlankWhenGiven) {
            text = InputText.of("constraint.not-blank");
        } else if (annotation instanceof Positive) {
            text = InputText.of("constraint.positive", found);
        } else if (annotation instanceof PositiveOrZero) {
            text = InputText.of("constraint.positive-or-zero", found);
        } else if (annotation instanceof Min min) {
            text = InputText.of("constraint.min", min.value(), found);
        } else if (annotation instanceof Max max) {
            text = InputText.of("constraint.max", max.value(), found);
        } else if (annotation instanceof Digits digits) {
            text = InputText.of("constraint.digits", digits.integer(), digits.fraction(), found);
        } else if (annotation instanceof Email) {
            text = InputText.of("constraint.email", found);
        } else if (annotation instanceof Siret) {
            text = InputText.of("constraint.siret", found);
        } else if (annotation instanceof BudgetProgramme) {
            text = InputText.of("constraint.budget-programme", found);
        } else if (annotation instanceof Size size) {
            text = InputText.of("constraint.size", size.min(), size.max(), found);
        } else if (annotation instanceof NoPiaRequestWhenSelfFunded) {
            text = InputText.of("constraint.no-pia-when-self-funded");
        } else if (annotation instanceof OneRequestedAmount) {
            text = InputText.of("constraint.one-requested-amount");
        } else {
            String message = v.getMessage() + (v.getInvalidValue() == null || !isScalar(v.getInvalidValue())
                    ? "" : " (found " + found + ")");
            return new Violation(path, message);
        }
        return text.at(path);
    }

    private static boolean isScalar(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>;
    }

    private static Object found(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return InputText.shown(text.toString());
        }
        if (value instanceof BigDecimal amount) {
            // Shown as written, but never expanded: 1e2147483647 must not become two billion digits.
            return InputText.escaped(amount.toString());
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.size();
        }
        return InputText.escaped(String.valueOf(value));
    }
}
