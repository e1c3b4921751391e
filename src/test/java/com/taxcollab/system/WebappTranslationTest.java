package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our zh.json of each Camunda webapp against the en.json of the webjar on the classpath: when a
 * Camunda upgrade adds, renames or rewords a label, this fails and names it.
 */
class WebappTranslationTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Labels that stay as they are in Chinese: product names, the id abbreviation, operators. */
    private static final Pattern UNTRANSLATED_ALLOWED = Pattern.compile("Camunda|Optimize|ID\\*?|[<>=]*");
    /** Cockpit appends this to a noun when a count is above one; Chinese nouns have no plural. */
    private static final String PLURAL_SUFFIX = "s";

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void chineseHasEveryLabelOfTheShippedEnglish(String app) throws IOException {
        JsonNode en = read(app, "en").get("labels");
        JsonNode zh = read(app, "zh").get("labels");

        Set<String> missing = new TreeSet<>(keys(en));
        missing.removeAll(keys(zh));
        Set<String> unknown = new TreeSet<>(keys(zh));
        unknown.removeAll(keys(en));

        assertThat(missing).as("labels of en.json missing in zh.json").isEmpty();
        assertThat(unknown).as("labels of zh.json that en.json no longer has").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void chineseKeepsPlaceholdersAndMarkupOfEveryLabel(String app) throws IOException {
        JsonNode en = read(app, "en").get("labels");
        JsonNode zh = read(app, "zh").get("labels");
        Map<String, String> broken = new TreeMap<>();
        for (String key : keys(en)) {
            String english = en.get(key).asText();
            String chinese = zh.path(key).asText();
            if (!matches(PLACEHOLDER, english).equals(matches(PLACEHOLDER, chinese))
                    || !matches(HTML_TAG, english).equals(matches(HTML_TAG, chinese))) {
                broken.put(key, english + " → " + chinese);
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyLabelIsWrittenInChinese(String app) throws IOException {
        JsonNode en = read(app, "en").get("labels");
        JsonNode zh = read(app, "zh").get("labels");
        Map<String, String> english = new TreeMap<>();
        for (String key : keys(zh)) {
            String chinese = zh.get(key).asText();
            String original = en.path(key).asText();
            boolean allowed = chinese.equals(original) && UNTRANSLATED_ALLOWED.matcher(chinese).matches()
                    || original.equals(PLURAL_SUFFIX) && chinese.isEmpty();
            if (!HAN.matcher(chinese).find() && !allowed) {
                english.put(key, chinese);
            }
        }
        assertThat(english).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void chineseDatesHaveTheShapeMomentExpects(String app) throws IOException {
        JsonNode en = read(app, "en").get("dateLocales");
        JsonNode zh = read(app, "zh").get("dateLocales");

        assertThat(shape(zh, "")).containsExactlyElementsOf(shape(en, ""));
        assertThat(zh.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
    }

    private JsonNode read(String app, String locale) throws IOException {
        String path = APPS + app + "/locales/" + locale + ".json";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return json.readTree(in);
        }
    }

    private static List<String> keys(JsonNode labels) {
        List<String> keys = new ArrayList<>();
        labels.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(pattern == PLACEHOLDER ? matcher.group(1) : matcher.group());
        }
        found.sort(null);
        return found;
    }

    /** Field paths and array lengths, e.g. "/months[12]", "/week/dow". */
    private static Set<String> shape(JsonNode node, String path) {
        Set<String> shape = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> shape.addAll(shape(field.getValue(), path + "/" + field.getKey())));
        } else if (node.isArray()) {
            shape.add(path + "[" + node.size() + "]");
        } else {
            shape.add(path);
        }
        return shape;
    }
}
