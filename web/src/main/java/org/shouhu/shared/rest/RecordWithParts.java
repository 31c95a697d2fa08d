package org.shouhu.shared.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A record whose JSON carries, after its own fields, named parts that other contexts contribute (a
 * case's {@code legalAidReferrals}, and later its orders, placements, support files, grants), each
 * as a field of its own. Fields are written in {@link JsonbPropertyOrder}; a null one is left out
 * unless it is {@link JsonbNillable}.
 */
public interface RecordWithParts {

  Map<String, Object> parts();

  /** Writes such a record: its components, then its parts. */
  class Serializer implements JsonbSerializer<RecordWithParts> {

    private static final Map<Class<?>, List<RecordComponent>> COMPONENTS =
        new ConcurrentHashMap<>();

    @Override
    public void serialize(RecordWithParts value, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      for (RecordComponent c : COMPONENTS.computeIfAbsent(value.getClass(), Serializer::ordered)) {
        Object field = read(c, value);
        if (field != null) {
          context.serialize(c.getName(), field, json);
        } else if (c.getAccessor().isAnnotationPresent(JsonbNillable.class)) {
          json.writeNull(c.getName());
        }
      }
      value.parts().forEach((name, part) -> context.serialize(name, part, json));
      json.writeEnd();
    }

    private static List<RecordComponent> ordered(Class<?> type) {
      JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
      List<String> names = order == null ? List.of() : Arrays.asList(order.value());
      return Arrays.stream(type.getRecordComponents())
          .filter(c -> !c.getName().equals("parts"))
          .sorted(
              Comparator.comparingInt(
                  c -> names.contains(c.getName()) ? names.indexOf(c.getName()) : names.size()))
          .toList();
    }

    private static Object read(RecordComponent component, Object record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
