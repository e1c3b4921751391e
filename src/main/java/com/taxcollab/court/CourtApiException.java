package com.taxcollab.court;

import org.springframework.http.HttpStatus;

/** A refusal of the court API other than bad input or an unknown case: 403 or 409, as problem+json. */
class CourtApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    CourtApiException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static CourtApiException forbidden(String detail) {
        return new CourtApiException(HttpStatus.FORBIDDEN, "无权操作", detail);
    }

    static CourtApiException conflict(String detail) {
        return new CourtApiException(HttpStatus.CONFLICT, "当前状态不允许该操作", detail);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
