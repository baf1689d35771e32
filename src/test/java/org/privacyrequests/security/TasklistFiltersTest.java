package org.privacyrequests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.privacyrequests.support.ProductTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist filters each role works from: sorted by deadline, cards that show who asked, kept up to date. */
@ProductTest
class TasklistFiltersTest {

    @Autowired FilterService filterService;
    @Autowired TaskService taskService;
    @Autowired RoleAuthorizations roleAuthorizations;

    @Test
    void a_filter_made_by_an_earlier_version_is_brought_up_to_date_at_start_up() {
        var support = filterService.createFilterQuery().filterName("Support team").singleResult();
        String id = support.getId();
        // As an earlier version left it: no variables on the cards, newest first.
        filterService.saveFilter(support.setProperties(Map.of("priority", -10, "description", "Support team"))
                .setQuery(taskService.createTaskQuery().taskCandidateGroup(StaffRoles.SUPPORT).orderByTaskCreateTime().desc()));

        roleAuthorizations.onEnginePrepared(null);

        var updated = filterService.getFilter(id);
        assertThat(filterService.createFilterQuery().filterName("Support team").count()).isEqualTo(1);
        assertThat(updated.getProperties()).containsEntry("priority", -10).containsKey("variables");
        @SuppressWarnings("unchecked")
        var variables = (List<Map<String, Object>>) updated.getProperties().get("variables");
        assertThat(variables).extracting(v -> v.get("name")).containsExactly("requester", "complainant");
        TaskQuery query = updated.getQuery();
        assertThat(((TaskQueryImpl) query).getOrderingProperties()).extracting(QueryOrderingProperty::getQueryProperty)
                .extracting(p -> p.getName()).containsExactly("DUE_DATE_");
        assertThat(((TaskQueryImpl) query).getCandidateGroup()).isEqualTo(StaffRoles.SUPPORT);
        assertThat(((TaskQueryImpl) query).isIncludeAssignedTasks()).isTrue();
    }

    @Test
    void every_staff_filter_lists_the_most_urgent_task_first() {
        for (String name : List.of("Support team", "Managers", "My tasks")) {
            TaskQueryImpl query = filterService.createFilterQuery().filterName(name).singleResult().getQuery();
            assertThat(query.getOrderingProperties()).as(name).extracting(p -> p.getQueryProperty().getName()).startsWith("DUE_DATE_");
        }
    }
}
