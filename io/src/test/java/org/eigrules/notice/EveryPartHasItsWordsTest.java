package org.eigrules.notice;

import org.eigrules.candidacy.Candidacy;
import org.eigrules.model.Application;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice shows a composite value (the host's commitments, a mentor, an EIG) as its parts named
 * in words: every part of an application or a candidacy, at any depth, has its word in French and
 * in English, so that no page falls back on a field's name.
 */
class EveryPartHasItsWordsTest {

    static Set<String> parts() {
        Set<String> names = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(java.util.List.of(Application.class, Candidacy.class));
        while (!todo.isEmpty()) {
            Class<?> record = todo.pop();
            if (!seen.add(record)) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                names.add(component.getName());
                for (Class<?> type : types(component.getGenericType())) {
                    if (type.isRecord()) {
                        todo.push(type);
                    }
                }
            }
        }
        return names;
    }

    private static Set<Class<?>> types(Type type) {
        Set<Class<?>> found = new HashSet<>();
        if (type instanceof Class<?> c) {
            found.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                found.addAll(types(argument));
            }
        }
        return found;
    }

    static Properties words(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = EveryPartHasItsWordsTest.class.getResourceAsStream(
                "/org/eigrules/notice/words_" + language + ".properties")) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void every_part_of_an_application_or_a_candidacy_is_named_in_both_languages() throws IOException {
        Set<String> parts = parts();
        assertThat(parts).as("the walk reaches nested records").contains("dataAccess", "civilServant", "mission");
        for (String language : new String[] {"fr", "en"}) {
            Properties words = words(language);
            assertThat(parts.stream().filter(part -> !words.containsKey("part." + part)).toList())
                    .as("parts without a word in words_%s.properties", language).isEmpty();
        }
    }
}
