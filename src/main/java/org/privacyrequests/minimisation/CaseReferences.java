package org.privacyrequests.minimisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Runs a statement that names the cases it applies to as {@code :references} in slices of a few hundred
 * references, so that a night after a busy year does not hand the database one statement with ten thousand
 * parameters.
 */
public final class CaseReferences {

    private static final int SLICE = 500;

    private CaseReferences() {
    }

    /** @return the rows the statement changed, over all slices */
    public static int update(NamedParameterJdbcTemplate jdbc, String sql, Collection<String> references) {
        return inSlices(references, slice -> jdbc.update(sql, Map.of("references", slice)));
    }

    static int inSlices(Collection<String> references, ToIntFunction<List<String>> statement) {
        List<String> all = new ArrayList<>(references);
        int changed = 0;
        for (int from = 0; from < all.size(); from += SLICE) {
            changed += statement.applyAsInt(all.subList(from, Math.min(all.size(), from + SLICE)));
        }
        return changed;
    }
}
