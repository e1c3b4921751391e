package com.taxcollab.dispute;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ${disputeDepartments.of(caseNumber)}}: the departments in dispute, read from the case
 * record, over which confirmation and acknowledgement run one task each. Public: the expression
 * language calls only public methods of public classes.
 */
@Component("disputeDepartments")
public class DisputeDepartments {

    private final DisputeService service;

    DisputeDepartments(DisputeService service) {
        this.service = service;
    }

    public List<String> of(String caseNumber) {
        return service.departments(caseNumber);
    }
}
