package org.privacyrequests.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist and Cockpit as a person uses them: log in, find a request's task, claim it, fill its form and
 * complete it; open a request in Cockpit. Selectors are Camunda 7.24's; form fields are found by their
 * component id in forms/*.form (form-js gives each input the id {@code fjs-form-<random>-<component id>}).
 */
final class CamundaWebapps {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    /** Tasklist's button that completes a task, in the staff language of the tests (Dutch, the default). */
    static final String COMPLETE = "Afronden";

    private final Browser browser;

    CamundaWebapps(Browser browser) {
        this.browser = browser;
    }

    void logInToTasklist(String user) {
        browser.logOut();
        browser.go(TASKLIST);
        logIn(user);
        browser.waitFor(By.cssSelector(".task-filter.active"));
    }

    void logInToCockpit(String user) {
        browser.logOut();
        browser.go(COCKPIT);
        logIn(user);
        browser.waitUntil(d -> d.getCurrentUrl().contains("#/dashboard"));
    }

    private void logIn(String user) {
        browser.type(By.cssSelector("form[name=signinForm] input[ng-model=username]"), user);
        browser.type(By.cssSelector("form[name=signinForm] input[ng-model=password]"), user);
        browser.click(By.cssSelector("form[name=signinForm] button[type=submit]"));
    }

    /** Searches the filter's tasks by the request's business key and opens the task of this step (its name starts with the step). */
    void openTask(String filterId, String reference, String taskName) {
        String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + reference + "\",\"name\":\"\"}]";
        browser.load(TASKLIST + "#/?filter=" + filterId + "&searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        By link = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]/a[starts-with(normalize-space(.),'"
                + taskName + "')]");
        // The list re-renders every 10 seconds: find and click in one go, again if the element went stale.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(link).click();
                    return true;
                });
        browser.waitForText(By.cssSelector(".task-details h2"), taskName);
        browser.waitFor(By.cssSelector(".fjs-container .fjs-form"));
    }

    /** The due date on the first task card of the list, as Tasklist words it ("in 25 days"); empty while the list redraws. */
    String dueDateOnCard() {
        try {
            return browser.driver().findElements(By.cssSelector("ol.tasks-list li.task .due-date")).stream().findFirst()
                    .map(e -> e.getText().trim()).orElse("");
        } catch (StaleElementReferenceException redrawn) {
            return "";
        }
    }

    /** Types into Tasklist's search box ("Filter Tasks") and presses Enter, as a person looks for a reference. */
    void search(String text) {
        By box = By.cssSelector(".search-container > input.main-field");
        browser.click(box);
        browser.driver().findElement(box).sendKeys(text + org.openqa.selenium.Keys.ENTER);
    }

    /** The cards in the task list, as their text reads. */
    java.util.List<String> cards() {
        return browser.all(By.cssSelector("ol.tasks-list > li.task")).stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** Waits until the task list shows exactly the cards whose names start with these texts, in this order. */
    void waitForCards(String... nameStarts) {
        browser.waitUntil(d -> {
            try {
                var names = d.findElements(By.cssSelector("ol.tasks-list > li.task h4.task a")).stream().map(e -> e.getText().trim()).toList();
                if (names.size() != nameStarts.length) {
                    return false;
                }
                for (int i = 0; i < names.size(); i++) {
                    if (!names.get(i).startsWith(nameStarts[i])) {
                        return false;
                    }
                }
                return true;
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }

    /** Opens the card whose name starts with this text. */
    void openCard(String nameStart) {
        By link = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]//h4[contains(@class,'task')]/a[starts-with(normalize-space(.),'"
                + nameStart + "')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(link).click();
                    return true;
                });
        browser.waitForText(By.cssSelector(".task-details h2"), nameStart);
        browser.waitFor(By.cssSelector(".fjs-container .fjs-form"));
    }

    /**
     * Scrolls the form as far as a person would to reach Complete, and tells what hides any part of the button
     * (outside the window, or under Tasklist's fixed footer or anything else); empty when the whole of it shows.
     */
    String whatHidesComplete() {
        var button = browser.driver().findElement(By.xpath("//div[contains(@class,'form-actions')]/button[normalize-space(.)='" + COMPLETE + "']"));
        Object hidden = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const b = arguments[0];
                b.scrollIntoView({block: 'end'});
                const r = b.getBoundingClientRect();
                const where = ` (button ${Math.round(r.top)}-${Math.round(r.bottom)} in a window of ${window.innerHeight})`;
                if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) return 'outside the window' + where;
                for (const [x, y] of [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]) {
                    const e = document.elementFromPoint(x, y);
                    if (e !== b && !b.contains(e)) return `under ${e.tagName.toLowerCase()}.${e.className} ${e.getAttribute('cam-widget-footer') !== null ? '[cam-widget-footer]' : ''}` + where;
                }
                return '';
                """, button);
        if (!"".equals(hidden)) {
            hidden = hidden + "\n" + ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                let out = []; let e = arguments[0];
                while (e && e !== document.body) { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e);
                  out.push(`${e.tagName}.${String(e.className).slice(0,60)} [${Object.values(e.attributes).map(a=>a.name).filter(n=>n.startsWith('cam')).join(',')}] top=${Math.round(r.top)} bottom=${Math.round(r.bottom)} h=${e.clientHeight} sh=${e.scrollHeight} st=${e.scrollTop} ov=${cs.overflowY} pos=${cs.position} css-h=${cs.height} pb=${cs.paddingBottom}`);
                  e = e.parentElement; }
                return out.join(' || ');
                """, button);
        }
        return String.valueOf(hidden);
    }

    void claim() {
        browser.click(By.cssSelector("button.claim"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    }

    void choose(String optionLabel) {
        browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='" + optionLabel + "']"));
    }

    void fill(String componentId, String text) {
        By field = By.cssSelector("[id$='-" + componentId + "']");
        browser.click(field);
        browser.type(field, text);
    }

    void tick(String componentId) {
        browser.click(By.cssSelector("input[type=checkbox][id$='-" + componentId + "']"));
    }

    String fieldError(String componentId) {
        return browser.waitFor(By.cssSelector("[id$='-" + componentId + "-error-message']")).getText();
    }

    String formText() {
        return browser.waitFor(By.cssSelector(".fjs-form")).getText();
    }

    void complete() {
        // Leave the last field first: its blur re-validates and re-renders the form, which can swallow the click.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.activeElement && document.activeElement.blur()");
        browser.click(By.xpath("//div[contains(@class,'form-actions')]/button[normalize-space(.)='" + COMPLETE + "']"));
    }

    /** Waits for the form to go; if Tasklist shows an error instead, fails with its message. */
    void waitUntilCompleted() {
        try {
            browser.waitUntil(d -> d.findElements(By.cssSelector(".fjs-container")).isEmpty()
                    || !d.findElements(By.cssSelector(".page-notifications .alert-danger")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-to-complete");
            throw e;
        }
        var errors = browser.all(By.cssSelector(".page-notifications .alert-danger"));
        if (!errors.isEmpty()) {
            browser.screenshot("failed-to-complete");
            throw new AssertionError("Tasklist refused to complete the task: " + errors.get(0).getText());
        }
    }

    /** Closes the sticky error notification Tasklist shows after a refused submit. */
    void dismissNotification() {
        browser.click(By.cssSelector(".page-notifications .alert button.close:not(.ng-hide)"));
    }

    void openInCockpit(String processInstanceId) {
        browser.load(COCKPIT + "#/process-instance/" + processInstanceId + "/runtime?tab=variables-tab");
        browser.waitFor(By.cssSelector("dd.business-key"));
    }

    String cockpitVariable(String name) {
        return browser.waitFor(By.xpath("//table[contains(@class,'cam-table')]//tr[td[contains(@class,'col-name')][normalize-space(.)='"
                + name + "']]/td[contains(@class,'col-value')]")).getText().trim();
    }

    /** Opens a Cockpit page (a path after {@code #}) and the tab of that label at its bottom. */
    void openCockpitTab(String page, String tabLabel) {
        browser.load(COCKPIT + page);
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)='" + tabLabel + "']"));
    }

    void openCockpitDashboard() {
        browser.load(COCKPIT + "#/dashboard");
    }
}
