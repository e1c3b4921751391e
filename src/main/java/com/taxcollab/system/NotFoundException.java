package com.taxcollab.system;

/**
 * Answered as 404. Also used when the caller may not see a thing: we never confirm that a case
 * exists to someone who is not allowed to know.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
