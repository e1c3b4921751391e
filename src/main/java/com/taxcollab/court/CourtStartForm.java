package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStart;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A court case opened from its start form ({@code forms/auction-start.form}, {@code bankruptcy-start.form})
 * through {@code POST /api/cases}: the form's flat fields become the court API's submission, which the
 * court's intake checks and opens as if the court's system had sent it; each problem names the form's field.
 */
abstract class CourtStartForm implements CaseStart {

    private final CourtIntake intake;
    private final CaseRegistry registry;
    private final CourtCaseType courtType;
    /** form field → place in the court API's submission */
    private final Map<String, String> places;

    CourtStartForm(CourtIntake intake, CaseRegistry registry, CourtCaseType courtType, Map<String, String> places) {
        this.intake = intake;
        this.registry = registry;
        this.courtType = courtType;
        this.places = places;
    }

    @Override
    public Opened open(CurrentUser user, ObjectNode variables) {
        ObjectNode submission = variables.objectNode();
        submission.put("type", courtType.name());
        variables.fields().forEachRemaining(field -> {
            String place = places.get(field.getKey());
            if (place == null) {
                throw new InvalidInputException("variables." + field.getKey(), "此表单中没有这一项");
            }
            put(submission, place(place, variables), field.getValue());
        });
        try {
            CourtIntake.Outcome outcome = intake.submit(user, submission);
            return new Opened(registry.find(outcome.courtCase().caseNumber()).orElseThrow(), outcome.created());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem("variables." + formField(p.field(), variables), p.message())).toList());
        }
    }

    /** Where a field goes; the owner's number is an ID number for a person and a USCC for a company. */
    private String place(String place, ObjectNode variables) {
        return "owner.idNumber".equals(place) && "ENTERPRISE".equals(variables.path("ownerKind").asText())
                ? "owner.uscc" : place;
    }

    private String formField(String place, ObjectNode variables) {
        return places.entrySet().stream().filter(e -> place(e.getValue(), variables).equals(place))
                .map(Map.Entry::getKey).findFirst().orElse(place);
    }

    private static void put(ObjectNode submission, String place, JsonNode value) {
        String[] path = place.split("\\.");
        ObjectNode target = submission;
        for (int i = 0; i < path.length - 1; i++) {
            target = target.has(path[i]) ? (ObjectNode) target.get(path[i]) : target.putObject(path[i]);
        }
        target.set(path[path.length - 1], value);
    }

    static Map<String, String> places(String... pairs) {
        Map<String, String> places = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            places.put(pairs[i], pairs[i + 1]);
        }
        return places;
    }
}
