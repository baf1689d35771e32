package org.privacyrequests.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * The rights one request invokes, from each shape the intake channels hand over: a list (REST API), a JSON
 * array (Tasklist), a comma-separated text (a form field, the e-mail intake). What cannot be read makes the
 * request unclear; it is never dropped.
 */
class RequestTypesTest {

    @Test
    void a_list_from_the_rest_api_names_the_rights_in_the_order_given() {
        RequestTypes types = RequestTypes.read(List.of("erasure", "access"));
        assertThat(types.clear()).isTrue();
        assertThat(types.codes()).containsExactly("erasure", "access");
        assertThat(types.toString()).isEqualTo("erasure,access");
    }

    @Test
    void a_json_array_from_tasklist_is_read_like_a_list() {
        RequestTypes types = RequestTypes.read(Spin.JSON("[\"access\",\"portability\"]"));
        assertThat(types.clear()).isTrue();
        assertThat(types.codes()).containsExactly("access", "portability");
    }

    @Test
    void a_json_text_with_commas_is_read_like_a_form_field() {
        assertThat(RequestTypes.read(Spin.JSON("\"access,objection\"")).codes()).containsExactly("access", "objection");
    }

    @Test
    void a_form_field_with_spaces_capitals_and_a_repeated_right_names_each_right_once() {
        RequestTypes types = RequestTypes.read(" Access , ERASURE,access ");
        assertThat(types.clear()).isTrue();
        assertThat(types.codes()).containsExactly("access", "erasure");
        assertThat(types.contains(RequestType.ERASURE)).isTrue();
        assertThat(types.contains(RequestType.RECTIFICATION)).isFalse();
    }

    @Test
    void a_json_array_that_arrives_as_text_is_read_without_its_brackets_and_quotes() {
        assertThat(RequestTypes.read("[\"rectification\", \"restriction\"]").codes()).containsExactly("rectification", "restriction");
    }

    @Test
    void an_empty_part_between_commas_is_ignored() {
        RequestTypes types = RequestTypes.read("access,,");
        assertThat(types.clear()).isTrue();
        assertThat(types.codes()).containsExactly("access");
    }

    @Test
    void a_right_the_product_does_not_know_makes_the_request_unclear_but_keeps_the_rights_it_does_know() {
        RequestTypes types = RequestTypes.read(List.of("access", "refund"));
        assertThat(types.clear()).isFalse();
        assertThat(types.codes()).containsExactly("access", "unclear");
        RequestTypes clearOnes = types.withoutUnclear();
        assertThat(clearOnes.clear()).isTrue();
        assertThat(clearOnes.codes()).containsExactly("access");
    }

    @Test
    void a_request_that_names_no_right_at_all_is_unclear() {
        for (Object nothing : new Object[] {null, "", "  ", List.of(), "[]", 42}) {
            RequestTypes types = RequestTypes.read(nothing);
            assertThat(types.clear()).as(String.valueOf(nothing)).isFalse();
            assertThat(types.codes()).as(String.valueOf(nothing)).containsExactly("unclear");
        }
    }

    @Test
    void the_codes_for_the_process_variable_are_a_plain_list_the_engine_can_store_and_read_back() {
        assertThat(RequestTypes.read("access").codes()).isExactlyInstanceOf(ArrayList.class);
    }
}
