package org.privacyrequests.connectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyrequests.company.DataCategories;
import org.privacyrequests.company.DataCategories.ConfiguredCategory;
import org.privacyrequests.company.Languages;
import org.privacyrequests.lookup.DataCategory;

/**
 * The categories of a connector configuration ({@code privacy.connectors.categories}), checked: each a code of its own
 * in lower case (the retention policy's table names it), a label in every language the product speaks, and a
 * description or record-date wording, where given, in every language too. A table names one of these; the mails, the
 * access answer and the staff pages read their words from here.
 */
final class CategoryList implements DataCategories {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    private final List<ConfiguredCategory> categories;

    private CategoryList(List<ConfiguredCategory> categories) {
        this.categories = List.copyOf(categories);
    }

    static CategoryList of(List<ConnectorsSpec.Category> written, String location) {
        List<ConfiguredCategory> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            ConnectorsSpec.Category c = written.get(i);
            String where = "Connector configuration " + location + ", categories[" + i + "]"
                    + (c.code() == null ? "" : " '" + c.code() + "'") + ": ";
            if (c.code() == null || !CODE.matcher(c.code()).matches()) {
                throw new ConnectorConfigurationError(where + "code must be a word in lower case (letters, digits, '-'), such as 'contact'");
            }
            if (!codes.add(c.code())) {
                throw new ConnectorConfigurationError(where + "the code is given twice");
            }
            inEveryLanguage(c.labels(), true, where + "labels");
            inEveryLanguage(c.descriptions(), false, where + "descriptions");
            inEveryLanguage(c.recordDate(), false, where + "record-date");
            categories.add(new ConfiguredCategory(c.code(), c.labels(), c.descriptions(), c.recordDate()));
        }
        return new CategoryList(categories);
    }

    /** A requester of either language reads the same category: a wording given in one language is given in all. */
    private static void inEveryLanguage(Map<String, String> words, boolean required, String where) {
        if ((words == null || words.isEmpty()) && !required) {
            return;
        }
        for (String language : Languages.ALL) {
            String word = words == null ? null : words.get(language);
            if (word == null || word.isBlank()) {
                throw new ConnectorConfigurationError(where + " needs a text for every language: " + String.join(", ", Languages.ALL)
                        + " (missing: " + language + ")");
            }
        }
    }

    @Override
    public List<ConfiguredCategory> categories() {
        return categories;
    }

    /** Every table's category, and every column's of its own, must be one of these: else start-up stops naming the table and the code. */
    CategoryList checkTables(ConnectorsSpec spec, String location) {
        for (ConnectorsSpec.Source source : spec.sources()) {
            ConfigurationProblems problems = new ConfigurationProblems(location, source.name());
            for (ConnectorsSpec.Table t : source.tables()) {
                if (t.category() != null && !configured(t.category())) {
                    problems.fail("tables." + t.table() + ".category", notConfigured(t.category()));
                }
                t.columnCategories().forEach((column, category) -> {
                    if (!configured(category)) {
                        problems.fail("tables." + t.table() + ".column-categories." + column, notConfigured(category));
                    }
                });
            }
        }
        return this;
    }

    private boolean configured(DataCategory category) {
        return find(category.code()).isPresent();
    }

    /** Why a table's category is refused: the code, and the codes the file does configure. */
    private String notConfigured(DataCategory category) {
        return "'" + category.code() + "' is not one of the categories of privacy.connectors.categories ("
                + (categories.isEmpty() ? "none configured" : String.join(", ", categories.stream().map(ConfiguredCategory::code).toList()))
                + ")";
    }
}
