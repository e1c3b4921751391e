package com.taxcollab.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the product's pages for a case and for a task are, relative to the application. */
public final class PagePaths {

    private PagePaths() {
    }

    public static String casePage(String caseNumber) {
        return "/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }

    /** The task page of the workbench: the task's form beside its case. */
    public static String taskPage(String taskId) {
        return "/workbench/tasks/" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
    }
}
