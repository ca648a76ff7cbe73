package io.dealgraph.compiler;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A value of every argument a declaration reads, so {@link DeclarationCheck} can build each of
 * its conditions and have the database check them: a string, a day, an instant, an enum's first constant, a
 * list of one item, a record of such values.
 */
final class Samples {

	private Samples() {
	}

	static Object of(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			return List.of(of(parameterized.getActualTypeArguments()[0]));
		}
		Class<?> raw = (Class<?>) type;
		if (raw == String.class) {
			return "x";
		}
		if (raw == LocalDate.class) {
			return LocalDate.of(2026, 1, 1);
		}
		if (raw == java.time.OffsetDateTime.class) {
			return java.time.OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC);
		}
		if (raw == Integer.class || raw == int.class) {
			return 1;
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return true;
		}
		if (raw == BigDecimal.class) {
			return BigDecimal.ONE;
		}
		if (raw.isEnum()) {
			return raw.getEnumConstants()[0];
		}
		if (raw.isRecord()) {
			RecordComponent[] components = raw.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = of(components[i].getGenericType());
			}
			try {
				Constructor<?> constructor = raw.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return constructor.newInstance(values);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("cannot make a sample of " + raw.getName(), ex);
			}
		}
		throw new IllegalStateException("no sample of " + type);
	}

}
