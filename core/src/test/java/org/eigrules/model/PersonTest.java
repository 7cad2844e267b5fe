package org.eigrules.model;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonTest {

    @Test
    void the_same_email_is_the_same_person_whatever_the_names() {
        assertThat(new OperationalMentor("A", "x@example.org")
                .samePersonAs(new HighLevelMentor("B", " X@Example.org ", "Director"))).isTrue();
    }

    @Test
    void different_emails_are_different_people_even_with_the_same_name() {
        assertThat(new OperationalMentor("Claude", "a@example.org")
                .samePersonAs(new HighLevelMentor("Claude", "b@example.org", "Director"))).isFalse();
    }

    @Test
    void without_an_email_the_name_decides() {
        assertThat(new OperationalMentor("Claude Moreau", null)
                .samePersonAs(new HighLevelMentor(" claude moreau", "c@example.org", "Director"))).isTrue();
        assertThat(new OperationalMentor("Claude Moreau", null)
                .samePersonAs(new HighLevelMentor("Maxime", null, "Director"))).isFalse();
    }

    @Test
    void nobody_is_the_same_person_as_an_absent_one_or_a_nameless_one() {
        assertThat(new OperationalMentor("Claude", null).samePersonAs(null)).isFalse();
        assertThat(new OperationalMentor(null, null).samePersonAs(new HighLevelMentor(null, null, null))).isFalse();
    }
}
