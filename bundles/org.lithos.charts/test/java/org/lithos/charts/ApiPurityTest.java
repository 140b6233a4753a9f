package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chart model API must stay toolkit-free so the studio can render it with SWT. */
class ApiPurityTest {

	private static final List<Class<?>> API = List.of(Axis.class, Channel.class, ChartKind.class, ChartModel.class,
			ChartModels.class, DataSeries.class, DepositPicture.class, DepositView.class, SectionCut.class, MarkerAxis.class,
			ReferenceMarker.class, RunScalar.class, MeasuredOverlays.class, CycleResidual.class);

	@Test
	void noToolkitTypesInThePublicSignatures() {
		List<String> leaks = new ArrayList<>();
		for (Class<?> type : API) {
			for (Method method : type.getMethods()) {
				check(type, method.getName(), method.getReturnType(), leaks);
				for (Class<?> parameter : method.getParameterTypes()) {
					check(type, method.getName(), parameter, leaks);
				}
			}
			for (Field field : type.getFields()) {
				check(type, field.getName(), field.getType(), leaks);
			}
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					check(type, component.getName(), component.getType(), leaks);
				}
			}
		}
		assertTrue(leaks.isEmpty(), "toolkit types in the chart model API: " + leaks);
	}

	private static void check(Class<?> owner, String member, Class<?> type, List<String> leaks) {
		Class<?> element = type.isArray() ? type.getComponentType() : type;
		String name = element.getName();
		if (name.startsWith("java.awt") || name.startsWith("javax.swing") || name.startsWith("org.jfree")
				|| name.startsWith("org.eclipse.swt")) {
			leaks.add(owner.getSimpleName() + "." + member + ": " + name);
		}
	}
}
