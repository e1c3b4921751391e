package com.taxcollab.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Read access to the organisation in force: which jurisdictions and departments exist, and their names. */
@Component
public class Organisation {

    private final Map<String, String> jurisdictions = new LinkedHashMap<>();
    private final Map<String, String> departments = new LinkedHashMap<>();

    Organisation(OrganisationProperties properties) {
        properties.jurisdictions().forEach(u -> jurisdictions.put(u.id(), u.name()));
        properties.departments().forEach(u -> departments.put(u.id(), u.name()));
    }

    public boolean isJurisdiction(String id) {
        return id != null && jurisdictions.containsKey(id);
    }

    public boolean isDepartment(String id) {
        return id != null && departments.containsKey(id);
    }

    public Optional<String> jurisdictionName(String id) {
        return Optional.ofNullable(jurisdictions.get(id));
    }

    public Optional<String> departmentName(String id) {
        return Optional.ofNullable(departments.get(id));
    }

    public List<String> departmentIds() {
        return List.copyOf(departments.keySet());
    }

    public List<String> jurisdictionIds() {
        return List.copyOf(jurisdictions.keySet());
    }
}
