package org.eigrules.reading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.eigrules.validation.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The check follows any model's types, so fields added to the model are checked without changes to it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ModelCheckTest {

    enum Colour { RED, DARK_BLUE }

    record Part(String label, BigDecimal price) {
    }

    record Sample(String name, Integer count, Boolean flag, Colour colour, List<Part> parts,
                  Map<String, Integer> tallies, int[] sizes, List<List<Boolean>> grid) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ModelCheck CHECK = new ModelCheck(MAPPER);

    private static List<String> problems(String json) throws Exception {
        return CHECK.check(DocumentReader.parse(json, DocumentReader.Syntax.JSON).root(), Sample.class).problems()
                .stream().map(Violation::toString).toList();
    }

    @Test
    void a_well_typed_tree_has_no_problem_and_is_not_copied() throws Exception {
        var tree = DocumentReader.parse("""
                {"name": "n", "count": 3, "flag": false, "colour": "DARK_BLUE",
                 "parts": [{"label": "a", "price": 1.50}], "tallies": {"x": 1}, "sizes": [1, 2],
                 "grid": [[true], []]}""", DocumentReader.Syntax.JSON).root();
        ModelCheck.Result result = CHECK.check(tree, Sample.class);
        assertThat(result.problems()).isEmpty();
        assertThat(result.wellTyped()).isSameAs(tree);
        assertThat(MAPPER.treeToValue(result.wellTyped(), Sample.class).parts().get(0).price()).isEqualByComparingTo("1.50");
    }

    @Test
    void every_wrong_type_is_named_at_its_path_in_document_order() throws Exception {
        assertThat(problems("""
                {"name": 1, "count": "3", "flag": 0, "colour": "dark_blue", "parts": [{"label": "a", "price": "1"}, 7],
                 "tallies": {"x": true}, "sizes": [1.5], "grid": [[1]], "extra": {"deep": {"er": 1}}}"""))
                .containsExactly(
                        "name: expected text, found 1",
                        "count: expected a whole number, found \"3\"",
                        "flag: expected true or false, found 0",
                        "colour: expected one of RED, DARK_BLUE, found \"dark_blue\"",
                        "parts[0].price: expected an amount in euros, found \"1\"",
                        "parts[1]: expected a mapping with the fields label, price, found 7",
                        "tallies.x: expected a whole number, found true",
                        "sizes[0]: expected a whole number, found 1.5",
                        "grid[0][0]: expected true or false, found 1",
                        "extra: unknown field");
    }

    @Test
    void values_in_error_are_taken_out_of_a_copy_so_the_rest_can_be_built() throws Exception {
        var tree = DocumentReader.parse("{\"name\": \"n\", \"count\": \"x\", \"extra\": 1}", DocumentReader.Syntax.JSON).root();
        ModelCheck.Result result = CHECK.check(tree, Sample.class);
        assertThat(result.problems()).hasSize(2);
        assertThat(tree.toString()).isEqualTo("{\"name\":\"n\",\"count\":\"x\",\"extra\":1}");
        assertThat(result.wellTyped().toString()).isEqualTo("{\"name\":\"n\",\"count\":null}");
        assertThat(MAPPER.treeToValue(result.wellTyped(), Sample.class).name()).isEqualTo("n");
    }
}
