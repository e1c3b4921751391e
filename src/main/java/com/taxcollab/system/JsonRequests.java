package com.taxcollab.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.stereotype.Component;

/**
 * A part of a request read as a request record, with the rules of a request body (no coercion of
 * numbers into text …): a value of the wrong kind is a 400 naming its field under the part's name.
 */
@Component
public class JsonRequests {

    private final ObjectMapper json;

    JsonRequests(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(JsonNode node, Class<T> type, String prefix) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String path = ApiProblems.path(e.getPath());
            throw new InvalidInputException(prefix + ("body".equals(path) ? "" : "." + path),
                    e instanceof MismatchedInputException ? "类型不符（文字、数字、是否须与说明一致）" : "格式不正确");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(prefix, "格式不正确");
        }
    }
}
