package dev.attune.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes and reads the build cache's values: Attune's own records and enums, strings, numbers,
 * booleans, lists, sets, maps, optionals and paths, nothing else. Reading makes records through
 * their canonical constructors, so every record checks its invariants again; a class that is not
 * one of Attune's records or enums is refused, so a cache file can never make the build create
 * anything else. Not Java serialization, on purpose.
 */
final class CacheCodec {
  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int INT = 2;
  private static final int LONG = 3;
  private static final int BOOLEAN = 4;
  private static final int ENUM = 5;
  private static final int RECORD = 6;
  private static final int LIST = 7;
  private static final int SET = 8;
  private static final int MAP = 9;
  private static final int OPTIONAL = 10;
  private static final int OPTIONAL_INT = 11;
  private static final int PATH = 12;
  private static final String OURS = "dev.attune.";

  private CacheCodec() {}

  /** How to take a record class apart and put it together, found once per class (reflection is slow). */
  private record Shape(Method[] accessors, Constructor<?> constructor) {
    private static final ClassValue<Shape> OF = new ClassValue<>() {
      @Override
      protected Shape computeValue(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          accessors[i] = components[i].getAccessor();
          accessors[i].setAccessible(true);
          types[i] = components[i].getType();
        }
        try {
          Constructor<?> constructor = type.getDeclaredConstructor(types);
          constructor.setAccessible(true);
          return new Shape(accessors, constructor);
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException("a record without its canonical constructor: " + type, e);
        }
      }
    };
  }

  /** Writes values to a stream, each class's name once. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<Class<?>, Integer> classes = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(Object value) throws IOException {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof String text) {
        out.writeByte(STRING);
        string(text);
      } else if (value instanceof Integer number) {
        out.writeByte(INT);
        out.writeInt(number);
      } else if (value instanceof Long number) {
        out.writeByte(LONG);
        out.writeLong(number);
      } else if (value instanceof Boolean flag) {
        out.writeByte(BOOLEAN);
        out.writeBoolean(flag);
      } else if (value instanceof Enum<?> constant) {
        out.writeByte(ENUM);
        type(constant.getDeclaringClass());
        string(constant.name());
      } else if (value instanceof Record record) {
        out.writeByte(RECORD);
        type(record.getClass());
        for (Method accessor : Shape.OF.get(record.getClass()).accessors()) {
          write(component(record, accessor));
        }
      } else if (value instanceof List<?> list) {
        out.writeByte(LIST);
        all(list);
      } else if (value instanceof Set<?> set) {
        out.writeByte(SET);
        all(set);
      } else if (value instanceof Map<?, ?> map) {
        out.writeByte(MAP);
        out.writeInt(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          write(entry.getKey());
          write(entry.getValue());
        }
      } else if (value instanceof Optional<?> optional) {
        out.writeByte(OPTIONAL);
        write(optional.orElse(null));
      } else if (value instanceof OptionalInt optional) {
        out.writeByte(OPTIONAL_INT);
        out.writeBoolean(optional.isPresent());
        out.writeInt(optional.orElse(0));
      } else if (value instanceof Path path) {
        out.writeByte(PATH);
        string(path.toString());
      } else {
        throw new IllegalArgumentException("the build cache cannot hold a " + value.getClass().getName());
      }
    }

    private void all(java.util.Collection<?> items) throws IOException {
      out.writeInt(items.size());
      for (Object item : items) {
        write(item);
      }
    }

    private void type(Class<?> type) throws IOException {
      Integer known = classes.get(type);
      if (known != null) {
        out.writeInt(known);
      } else {
        out.writeInt(-1);
        string(type.getName());
        classes.put(type, classes.size());
      }
    }

    private void string(String text) throws IOException {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    private static Object component(Record record, Method accessor) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  /** Reads what a {@link Writer} wrote; any surprise is an {@link IOException}. */
  static final class Reader {
    private final DataInputStream in;
    private final List<Class<?>> classes = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Object read() throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case NULL:
          return null;
        case STRING:
          return string();
        case INT:
          return in.readInt();
        case LONG:
          return in.readLong();
        case BOOLEAN:
          return in.readBoolean();
        case ENUM:
          return constant(type(), string());
        case RECORD:
          return record(type());
        case LIST: {
          int size = size();
          List<Object> list = new ArrayList<>(Math.min(size, 1024));
          for (int i = 0; i < size; i++) {
            list.add(read());
          }
          return Collections.unmodifiableList(list);
        }
        case SET: {
          int size = size();
          Set<Object> set = new LinkedHashSet<>();
          for (int i = 0; i < size; i++) {
            set.add(read());
          }
          return Collections.unmodifiableSet(set);
        }
        case MAP: {
          int size = size();
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < size; i++) {
            map.put(read(), read());
          }
          return Collections.unmodifiableMap(map);
        }
        case OPTIONAL:
          return Optional.ofNullable(read());
        case OPTIONAL_INT: {
          boolean present = in.readBoolean();
          int value = in.readInt();
          return present ? OptionalInt.of(value) : OptionalInt.empty();
        }
        case PATH:
          return Path.of(string());
        default:
          throw new IOException("unknown entry " + tag + " in the build cache");
      }
    }

    private int size() throws IOException {
      int size = in.readInt();
      if (size < 0 || size > 50_000_000) {
        throw new IOException("impossible size " + size + " in the build cache");
      }
      return size;
    }

    private Class<?> type() throws IOException {
      int index = in.readInt();
      if (index >= 0) {
        if (index >= classes.size()) {
          throw new IOException("unknown class " + index + " in the build cache");
        }
        return classes.get(index);
      }
      String name = string();
      if (!name.startsWith(OURS)) {
        throw new IOException("the build cache names a class that is not Attune's: " + name);
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, CacheCodec.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IOException("the build cache names an unknown class: " + name, e);
      }
      if (!type.isRecord() && !type.isEnum()) {
        throw new IOException("the build cache names a class that is not a record: " + name);
      }
      classes.add(type);
      return type;
    }

    private static Object constant(Class<?> type, String name) throws IOException {
      if (!type.isEnum()) {
        throw new IOException(type.getName() + " is not an enum");
      }
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      throw new IOException("no " + name + " in " + type.getName());
    }

    private Object record(Class<?> type) throws IOException {
      if (!type.isRecord()) {
        throw new IOException(type.getName() + " is not a record");
      }
      Shape shape;
      try {
        shape = Shape.OF.get(type);
      } catch (IllegalStateException e) {
        throw new IOException(e.getMessage(), e);
      }
      Object[] values = new Object[shape.accessors().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = read();
      }
      try {
        return shape.constructor().newInstance(values);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        // A record that has changed shape, or values it refuses: the cache is not for this code.
        throw new IOException("cannot make " + type.getName() + " from the build cache: " + e, e);
      }
    }

    private String string() throws IOException {
      byte[] bytes = new byte[size()];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
