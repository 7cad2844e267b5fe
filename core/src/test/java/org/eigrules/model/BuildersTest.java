package org.eigrules.model;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BuildersTest {

    /** Every record of the model with a builder; a new component without a setter fails here. */
    @ParameterizedTest
    @ValueSource(classes = {Application.class, Challenge.class, Commitments.class, Documents.class,
            Funding.class, HighLevelMentor.class, Host.class, TeamMember.class})
    void a_builder_sets_every_component_and_copies_a_record_exactly(Class<? extends Record> type) throws Exception {
        Class<?> builderType = Class.forName(type.getName() + "Builder");
        Object builder = builderType.getConstructor().newInstance();
        AtomicInteger seed = new AtomicInteger();
        for (RecordComponent component : type.getRecordComponents()) {
            Method setter = builderType.getMethod(component.getName(), component.getType());
            assertThat(setter.getReturnType()).as(component.getName()).isEqualTo(builderType);
            setter.invoke(builder, distinctValue(component.getGenericType(), seed));
        }
        Object built = builderType.getMethod("build").invoke(builder);

        for (RecordComponent component : type.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(built)).as(component.getName()).isNotNull();
        }
        Object copy = builderType.getMethod("build").invoke(builderType.getMethod("from", type).invoke(null, built));
        assertThat(copy).isEqualTo(built).isNotSameAs(built);
        Object empty = builderType.getMethod("build").invoke(builderType.getConstructor().newInstance());
        for (RecordComponent component : type.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(empty)).as(component.getName()).isNull();
        }
    }

    @Test
    void a_challenge_reads_by_name_instead_of_five_booleans_in_a_row() {
        Challenge challenge = new ChallengeBuilder()
                .name("DataJust")
                .problem("Indemnisation des préjudices corporels")
                .purelyTechnical(false)
                .impactsAgentsOrUsers(true)
                .durationMonths(10)
                .dataScience(true)
                .partners("Ministère des Solidarités")
                .build();
        assertThat(challenge).isEqualTo(new Challenge("DataJust", "Indemnisation des préjudices corporels", false, true,
                10, true, null, null, null, List.of("Ministère des Solidarités")));
    }

    @Test
    void what_a_builder_built_does_not_change_when_the_builder_or_its_lists_do() {
        List<Eig> eigs = new ArrayList<>(List.of(new Eig(Profile.DESIGN, null)));
        ApplicationBuilder builder = new ApplicationBuilder().promotion(3).eigs(eigs);
        Application first = builder.build();
        eigs.add(new Eig(Profile.DEVELOPMENT, null));
        builder.promotion(4);
        assertThat(first.promotion()).isEqualTo(3);
        assertThat(first.eigCount()).isEqualTo(1);
        assertThat(builder.build().eigCount()).isEqualTo(2);
        assertThatThrownBy(() -> first.eigs().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_changed_copy_keeps_every_other_field() {
        Application original = new ApplicationBuilder().promotion(3)
                .eigs(new Eig(Profile.DESIGN, "maquettes"), new Eig(Profile.DEVELOPMENT, null))
                .funding(new FundingBuilder().mode(FundingMode.PIA).totalEmployerCost(new BigDecimal("150000.00")).build())
                .build();
        Application later = ApplicationBuilder.from(original).promotion(4).build();
        assertThat(later.promotion()).isEqualTo(4);
        assertThat(later.eigs()).isEqualTo(original.eigs());
        assertThat(later.funding()).isSameAs(original.funding());
    }

    @Test
    void null_elements_are_kept_for_validation_to_report() {
        Application application = new ApplicationBuilder().eigs(new Eig(Profile.DESIGN, null), null).build();
        assertThat(application.eigs()).containsExactly(new Eig(Profile.DESIGN, null), null);
        assertThat(new ApplicationBuilder().eigs((Eig[]) null).build().eigs()).isNull();
    }

    private static Object distinctValue(Type type, AtomicInteger seed) throws Exception {
        int n = seed.incrementAndGet();
        if (type instanceof ParameterizedType list) {
            return List.of(distinctValue(list.getActualTypeArguments()[0], seed));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "value " + n;
        }
        if (raw == Integer.class) {
            return n;
        }
        if (raw == Boolean.class) {
            return n % 2 == 0;
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.valueOf(n, 2);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.of(2018, 6, 14, 16, n % 60, 0, 0, ZoneOffset.ofHours(2));
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[n % constants.length];
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = distinctValue(components[i].getGenericType(), seed);
            }
            return raw.getDeclaredConstructor(types).newInstance(values);
        }
        throw new AssertionError("no value for " + type);
    }
}
