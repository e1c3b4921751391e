package com.taxcollab.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an officer's Tasklist may ask of the webapps' engine REST ({@code /camunda/api/engine/engine/...}):
 * read its filters, tasks, their forms and the definitions they belong to, and claim, unclaim and
 * submit its own tasks; change its own password. Everything else there (starting instances,
 * variables, comments, attachments, identity links, jobs, deployments, other users) belongs to the
 * system administrator. Task writes are checked further by {@code tasks.TasklistTaskAccess}.
 */
final class TasklistOperations {

    private static final String ENGINE = "/camunda/api/engine/engine(/[^/]+)?";
    private static final String ID = "[^/]+";

    private record Operation(String method, Pattern path) {
    }

    private static final List<Operation> ALLOWED = List.of(
            get(""),
            get("/filter"), get("/filter/" + ID), get("/filter/" + ID + "/(list|count)"),
            post("/filter/" + ID + "/(list|count)"),
            get("/task"), get("/task/count"), post("/task"), post("/task/count"),
            get("/task/" + ID),
            get("/task/" + ID + "/(form|deployed-form|rendered-form|form-variables|variables|identity-links|comment"
                    + "|attachment)"),
            post("/task/" + ID + "/(claim|unclaim|submit-form|complete)"),
            get("/process-definition"), get("/process-definition/" + ID), get("/process-definition/" + ID + "/xml"),
            get("/process-definition/key/" + ID), get("/process-definition/key/" + ID + "/xml"),
            get("/history/(task|user-operation|identity-link-log)"), get("/history/(task|user-operation)/count"),
            get("/user"), get("/user/count"), get("/user/" + ID + "/profile"),
            get("/group"), get("/group/count"), get("/tenant"), get("/tenant/count"),
            get("/authorization/check"), get("/identity/groups"),
            get("/identity/password-policy"), post("/identity/password-policy"),
            get("/telemetry/configuration"), get("/version"));

    private TasklistOperations() {
    }

    static boolean allows(String method, String path) {
        return ALLOWED.stream().anyMatch(op -> op.method().equals(method) && op.path().matcher(path).matches());
    }

    /** Officers change their own password and profile in 个人中心, nobody else's. */
    static boolean isOwnAccount(String method, String path, String userId) {
        return "PUT".equals(method) && Pattern.matches(ENGINE + "/user/" + Pattern.quote(userId)
                + "/(credentials|profile)", path);
    }

    private static Operation get(String path) {
        return new Operation("GET", Pattern.compile(ENGINE + path + "/?"));
    }

    private static Operation post(String path) {
        return new Operation("POST", Pattern.compile(ENGINE + path + "/?"));
    }
}
