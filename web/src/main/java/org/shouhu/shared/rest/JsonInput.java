package org.shouhu.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/**
 * Reads a JSON request body strictly: a field of the wrong JSON type (a string where a boolean
 * belongs, say) is reported with its path as a 400, never coerced; unknown fields are ignored;
 * {@code null} is the same as absent.
 */
public final class JsonInput {

  /** Looked up once: {@code Json.createReader} asks the service loader on every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private final JsonObject object;
  private final String path;
  private final List<FieldError> errors;

  private JsonInput(JsonObject object, String path, List<FieldError> errors) {
    this.object = object;
    this.path = path;
    this.errors = errors;
  }

  /** Parses a request body that must be a JSON object (400 otherwise). */
  public static JsonInput parse(String body) {
    JsonValue value;
    try (var reader = READERS.createReader(new StringReader(body == null ? "" : body))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw new InvalidInputException(List.of(), true);
    }
    if (!(value instanceof JsonObject object)) {
      throw new InvalidInputException(
          List.of(new FieldError("", "validation.type", "object")), true);
    }
    return new JsonInput(object, "", new ArrayList<>());
  }

  /** The body as received (for idempotency hashing). */
  public String canonical() {
    return object.toString();
  }

  public String string(String name) {
    return read(name, JsonValue.ValueType.STRING, "string", v -> ((JsonString) v).getString());
  }

  public Boolean bool(String name) {
    return read(name, null, "boolean", v -> v == JsonValue.TRUE);
  }

  public Long integer(String name) {
    return read(
        name,
        JsonValue.ValueType.NUMBER,
        "integer",
        v -> ((JsonNumber) v).isIntegral() ? ((JsonNumber) v).longValue() : null);
  }

  /** A nested object, read with the same rules; null when absent. */
  public JsonInput object(String name) {
    JsonObject nested = read(name, JsonValue.ValueType.OBJECT, "object", v -> (JsonObject) v);
    return nested == null ? null : new JsonInput(nested, field(name) + ".", errors);
  }

  /** The objects of an array; an empty list when absent. */
  public List<JsonInput> objects(String name) {
    JsonArray array = read(name, JsonValue.ValueType.ARRAY, "array", v -> (JsonArray) v);
    List<JsonInput> items = new ArrayList<>();
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        String itemPath = field(name) + "[" + i + "]";
        if (array.get(i) instanceof JsonObject item) {
          items.add(new JsonInput(item, itemPath + ".", errors));
        } else {
          errors.add(new FieldError(itemPath, "validation.type", "object"));
        }
      }
    }
    return items;
  }

  /** Throws a 400 listing every field of the wrong type, if any. */
  public void requireWellTyped() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, true);
    }
  }

  private <T> T read(
      String name, JsonValue.ValueType expected, String typeName, Function<JsonValue, T> get) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    boolean typeOk =
        expected == null
            ? value == JsonValue.TRUE || value == JsonValue.FALSE
            : value.getValueType() == expected;
    T result = typeOk ? get.apply(value) : null;
    if (result == null) {
      errors.add(new FieldError(field(name), "validation.type", typeName));
    }
    return result;
  }

  private String field(String name) {
    return path + name;
  }
}
