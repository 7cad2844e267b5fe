package org.eigrules.ruleset;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promotions a rule serves, as @promotions writes them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PromotionRangeTest {

    private static List<Integer> served(String range) {
        PromotionRange parsed = PromotionRange.parse(range);
        return IntStream.rangeClosed(1, 12).filter(parsed::contains).boxed().toList();
    }

    @Test
    void one_promotion_serves_that_promotion_only() {
        assertThat(served("3")).containsExactly(3);
        assertThat(PromotionRange.parse("3").isOpen()).isFalse();
    }

    @Test
    void a_closed_range_serves_its_ends_and_what_lies_between() {
        assertThat(served("3..4")).containsExactly(3, 4);
        assertThat(served(" 2 .. 4 ".replace(" .. ", ".."))).containsExactly(2, 3, 4);
    }

    @Test
    void an_open_range_serves_every_later_promotion() {
        assertThat(served("5..")).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(PromotionRange.parse("5..").isOpen()).isTrue();
        assertThat(PromotionRange.parse("5..").first()).isEqualTo(5);
    }

    @Test
    void parts_separated_by_commas_add_up_and_the_old_lists_still_read() {
        assertThat(served("2, 4..")).containsExactly(2, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(served("3, 4, 5")).containsExactly(3, 4, 5);
        assertThat(PromotionRange.parse("3, 4, 5")).isEqualTo(PromotionRange.parse("3..5"));
        assertThat(PromotionRange.parse("2, 4..").named()).containsExactly(2, 4);
        assertThat(PromotionRange.parse("4.., 6")).isEqualTo(PromotionRange.parse("4..")).hasToString("4.., 6");
    }

    @Test
    void the_promotions_a_rule_set_knows_are_those_its_closed_parts_name_and_its_files_an_open_part_reaches() {
        assertThat(RuleMetadata.served(PromotionRange.parse("4.."), Set.of(2, 3, 4, 5, 6))).containsExactly(4, 5, 6);
        assertThat(RuleMetadata.served(PromotionRange.parse("3"), Set.of(4, 5))).containsExactly(3);
    }

    @Test
    void anything_else_is_refused_saying_what_is_expected_and_what_was_found() {
        for (String bad : List.of("", " ", "three", "3-4", "..5", "3...4", "3,", "3;4", "-1", "4..3", "0")) {
            assertThatThrownBy(() -> PromotionRange.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("promotions: ");
        }
        assertThatThrownBy(() -> PromotionRange.parse("3..x")).hasMessage("promotions: expected a promotion (\"3\"), "
                + "a range (\"3..4\"), an open range (\"5..\") or several separated by commas, found \"3..x\"");
        assertThatThrownBy(() -> PromotionRange.parse("4..3"))
                .hasMessage("promotions: a range goes from a promotion to a later one (promotions start at 1), found \"4..3\"");
    }
}
