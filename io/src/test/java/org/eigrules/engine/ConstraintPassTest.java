package org.eigrules.engine;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.eigrules.candidacy.Candidacy;
import org.eigrules.candidacy.CandidateJury;
import org.eigrules.io.ApplicationFiles;
import org.eigrules.io.CandidacyFiles;
import org.eigrules.model.Application;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraint pass made without Hibernate Validator gives, wherever it answers, what Hibernate
 * Validator gives, and knows every constraint Hibernate Validator finds on the model.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConstraintPassTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    private static final InputValidation VALIDATION = InputValidation.shared();

    @Test
    void it_knows_every_constraint_hibernate_validator_finds_on_the_model() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        for (Class<?> type : List.of(Application.class, Candidacy.class, CandidateJury.class)) {
            TreeSet<String> found = new TreeSet<>();
            describe(validator, type, found, new HashSet<>());
            assertThat(ConstraintPass.described(type)).as(type.getSimpleName()).containsExactlyElementsOf(found);
        }
    }

    @Test
    void on_every_bundled_file_it_agrees_with_hibernate_validator() throws IOException {
        List<Application> applications = applications();
        assertThat(applications).hasSizeGreaterThan(100);
        List<String> notAnswered = new ArrayList<>();
        for (Application application : applications) {
            assertThat(VALIDATION.validate(application)).as(application.challenge().name())
                    .isEqualTo(VALIDATION.withHibernateValidator(application));
            if (!ConstraintPass.holds(application)) {
                notAnswered.add(application.toString());
            }
        }
        // Well-formed files, complete or not, are the pass's to answer: all of them here.
        assertThat(notAnswered).isEmpty();
        for (Candidacy candidacy : candidacies()) {
            assertThat(VALIDATION.validateBean(candidacy)).isEqualTo(VALIDATION.beanWithHibernateValidator(candidacy));
        }
    }

    @Test
    void on_every_file_with_one_value_changed_to_a_hostile_one_it_agrees_with_hibernate_validator() throws IOException {
        int cases = 0;
        int leftToHibernateValidator = 0;
        for (Application application : applications().subList(0, 40)) {
            for (Object changed : oneChanged(application)) {
                Application a = (Application) changed;
                InputValidation.Result expected = VALIDATION.withHibernateValidator(a);
                assertThat(VALIDATION.validate(a)).as("%s", a).isEqualTo(expected);
                if (!ConstraintPass.holds(a)) {
                    leftToHibernateValidator++;
                }
                cases++;
            }
        }
        for (Candidacy candidacy : candidacies()) {
            for (Object changed : oneChanged(candidacy)) {
                assertThat(VALIDATION.validateBean(changed)).as("%s", changed)
                        .isEqualTo(VALIDATION.beanWithHibernateValidator(changed));
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(5_000);
        assertThat(leftToHibernateValidator).isPositive();
    }

    @Test
    void an_address_it_cannot_vouch_for_goes_to_hibernate_validator() {
        for (String email : List.of("a@b.fr", "prenom.nom@numerique.gouv.fr", "", " ", "a@b", "a..b@c.fr", ".a@c.fr",
                "a@-b.fr", "a@b-.fr", "é@b.fr", "a@b.fr.", "a b@c.fr", "\"a b\"@c.fr", "a@[127.0.0.1]",
                "a".repeat(65) + "@b.fr", "a@" + "b".repeat(64) + ".fr", "a@xn--bcher-kva.example")) {
            record Holder(@jakarta.validation.constraints.Email String email) {
            }
            Holder holder = new Holder(email);
            assertThat(VALIDATION.validateBean(holder)).as(email).isEqualTo(VALIDATION.beanWithHibernateValidator(holder));
        }
    }

    /** A constraint made of another one, with no validator of its own. */
    @jakarta.validation.constraints.NotBlank
    @jakarta.validation.Constraint(validatedBy = {})
    @java.lang.annotation.Target({java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.METHOD,
            java.lang.annotation.ElementType.PARAMETER})
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Named {
        String message() default "must be named";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    record Composed(@Named String name) {
    }

    record ListsOfLists(List<List<@jakarta.validation.constraints.NotBlank String>> values) {
    }

    @Test
    void what_it_does_not_read_whole_it_leaves_to_hibernate_validator() {
        for (Object value : List.of(new Composed(" "), new Composed("x"), new ListsOfLists(List.of(List.of(" "))),
                new ListsOfLists(List.of(List.of("x"))))) {
            assertThat(ConstraintPass.holds(value)).as("%s", value).isFalse();
            assertThat(VALIDATION.validateBean(value)).as("%s", value)
                    .isEqualTo(VALIDATION.beanWithHibernateValidator(value));
        }
        assertThat(VALIDATION.validateBean(new Composed(" ")).invalid()).isNotEmpty();
        assertThat(VALIDATION.validateBean(new ListsOfLists(List.of(List.of(" ")))).invalid()).isNotEmpty();
    }

    /** Every record reachable from the value with one of its fields (at any depth) set to each hostile value of its type. */
    private static List<Object> oneChanged(Object value) {
        List<Object> out = new ArrayList<>();
        if (value == null || !value.getClass().isRecord()) {
            return out;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object current = get(components[i], value);
            List<Object> replacements = new ArrayList<>(hostile(components[i].getType()));
            replacements.addAll(oneChanged(current));
            if (current instanceof List<?> list && !list.isEmpty()) {
                for (Object element : oneChanged(list.get(0))) {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(0, element);
                    replacements.add(copy);
                }
                List<Object> withNull = new ArrayList<>(list);
                withNull.add(null);
                replacements.add(withNull);
                replacements.add(List.of());
            }
            for (Object replacement : replacements) {
                Object copy = with(value, components, i, replacement);
                if (copy != null) {
                    out.add(copy);
                }
            }
        }
        return out;
    }

    private static List<Object> hostile(Class<?> type) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        if (type == String.class) {
            values.addAll(List.of("", " ", "\t", "\u2003", "\u00a0", "x", "a@b.fr", "not an address", "a@b",
                    "12345678901234", "123456789", "ABC", "0123", "1234", "a\u0000b"));
        } else if (type == Integer.class) {
            values.addAll(List.of(-1, 0, 1, 100, 101, Integer.MAX_VALUE, Integer.MIN_VALUE));
        } else if (type == BigDecimal.class) {
            values.addAll(List.of(new BigDecimal("-0.01"), BigDecimal.ZERO, new BigDecimal("0.001"),
                    new BigDecimal("999999999999.99"), new BigDecimal("1000000000000"), new BigDecimal("1e2147483647"),
                    new BigDecimal("12.5")));
        } else if (type == List.class) {
            values.add(List.of());
        }
        return values;
    }

    private static Object get(RecordComponent component, Object value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with one component replaced; null when the record refuses it. */
    private static Object with(Object value, RecordComponent[] components, int index, Object replacement) {
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int j = 0; j < components.length; j++) {
            args[j] = j == index ? replacement : get(components[j], value);
            types[j] = components[j].getType();
        }
        try {
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Application> applications() throws IOException {
        List<Application> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .filter(f -> !f.startsWith(ROOT.resolve("examples/invalid"))).sorted().toList()) {
                out.add(ApplicationFiles.read(file));
            }
        }
        return out;
    }

    private static List<Candidacy> candidacies() throws IOException {
        List<Candidacy> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("candidacies"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    out.add(CandidacyFiles.read(file));
                } catch (org.eigrules.validation.InvalidApplicationException e) {
                    // a malformed candidacy on purpose: its objects cannot be built
                }
            }
        }
        return out;
    }

    /** Hibernate Validator's own description of a class, in ConstraintPass.described's words. */
    private static void describe(Validator validator, Class<?> type, Set<String> lines, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
            lines.add(type.getSimpleName() + ": " + c.getAnnotation().annotationType().getSimpleName());
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String name = type.getSimpleName() + "." + property.getPropertyName();
            for (ConstraintDescriptor<?> c : property.getConstraintDescriptors()) {
                lines.add(name + ": " + c.getAnnotation().annotationType().getSimpleName());
            }
            if (property.isCascaded()) {
                lines.add(name + ": cascaded");
                describe(validator, property.getElementClass(), lines, seen);
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                for (ConstraintDescriptor<?> c : element.getConstraintDescriptors()) {
                    lines.add(name + "[]: " + c.getAnnotation().annotationType().getSimpleName());
                }
                if (element.isCascaded()) {
                    lines.add(name + "[]: cascaded");
                    describe(validator, element.getElementClass(), lines, seen);
                }
            }
        }
    }
}
