package org.shouhu.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/**
 * Reads every JSON request body into the record its resource method takes, strictly: a value of the
 * wrong JSON type (a string where a boolean belongs, a fraction where a whole number does, an
 * object where text does) is reported on its field path ({@code subject.name}, {@code
 * people[0].role}) as a 400 — all of them at once — and never coerced, as JSON-B alone would do;
 * unknown fields are ignored, {@code null} is the same as absent. The types being right, JSON-B
 * binds the record. Bodies nested deeper than {@link #MAX_DEPTH} are refused before anything is
 * built from them.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** How deep a request body may nest; Shouhu's own bodies need four levels. */
  public static final int MAX_DEPTH = 32;

  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] bytes = entity.readAllBytes();
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return null; // no body: the resource says whether it needs one (Bodies.required)
    }
    JsonObject body = parse(bytes);
    List<FieldError> errors = new ArrayList<>();
    check(body, type, "", errors);
    if (!errors.isEmpty()) {
      throw new MalformedBodyException(errors);
    }
    try {
      return JsonBinding.json().fromJson(body.toString(), genericType);
    } catch (JsonbException e) {
      throw new MalformedBodyException(List.of());
    }
  }

  /** The body as one JSON object; a 400 for anything else (empty, not JSON, too deep). */
  static JsonObject parse(byte[] bytes) {
    JsonValue value;
    try (var reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
      value = reader.readValue();
    } catch (RuntimeException e) { // not JSON, or nested past the parser's limit
      throw new MalformedBodyException(List.of());
    }
    if (!(value instanceof JsonObject object)) {
      throw new MalformedBodyException(
          List.of(new FieldError("", "validation.type", Map.of("type", "object"))));
    }
    if (depth(object, 0) > MAX_DEPTH) {
      throw new MalformedBodyException(
          List.of(new FieldError("", "validation.tooDeep", Map.of("max", MAX_DEPTH))));
    }
    return object;
  }

  /** Records every value under {@code path} whose JSON type does not fit {@code type}. */
  static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (!(value instanceof JsonArray array)) {
        errors.add(wrong(path, "array"));
        return;
      }
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]", errors);
      }
    } else if (type instanceof ParameterizedType map && map.getRawType() == Map.class) {
      if (!(value instanceof JsonObject object)) {
        errors.add(wrong(path, "object"));
        return;
      }
      Type values = map.getActualTypeArguments()[1];
      object.forEach((key, v) -> check(v, values, path.isEmpty() ? key : path + "." + key, errors));
    } else if (type == String.class) {
      if (value.getValueType() != JsonValue.ValueType.STRING) {
        errors.add(wrong(path, "string"));
      }
    } else if (type == Boolean.class || type == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        errors.add(wrong(path, "boolean"));
      }
    } else if (type == Long.class
        || type == long.class
        || type == Integer.class
        || type == int.class) {
      boolean intLike = type == Integer.class || type == int.class;
      if (!(value instanceof JsonNumber n) || !fits(n, intLike)) {
        errors.add(wrong(path, "integer"));
      }
    } else if (type instanceof Class<?> record && record.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        errors.add(wrong(path, "object"));
        return;
      }
      for (RecordComponent c : record.getRecordComponents()) {
        String field = path.isEmpty() ? c.getName() : path + "." + c.getName();
        check(object.get(c.getName()), c.getGenericType(), field, errors);
      }
    }
  }

  private static boolean fits(JsonNumber n, boolean intLike) {
    if (!n.isIntegral()) {
      return false;
    }
    BigInteger value = n.bigIntegerValue();
    BigInteger min = BigInteger.valueOf(intLike ? Integer.MIN_VALUE : Long.MIN_VALUE);
    BigInteger max = BigInteger.valueOf(intLike ? Integer.MAX_VALUE : Long.MAX_VALUE);
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  private static FieldError wrong(String path, String type) {
    return new FieldError(path, "validation.type", Map.of("type", type));
  }

  private static int depth(JsonValue value, int level) {
    int deepest = level;
    if (value instanceof JsonObject object) {
      for (JsonValue v : object.values()) {
        deepest = Math.max(deepest, depth(v, level + 1));
        if (deepest > MAX_DEPTH) {
          break;
        }
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue v : array) {
        deepest = Math.max(deepest, depth(v, level + 1));
        if (deepest > MAX_DEPTH) {
          break;
        }
      }
    }
    return deepest;
  }
}
