package org.lithos.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.Summary;
import org.lithos.model.SweepValue;
import org.lithos.sim.store.ResultStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** result.json as written by the store validates against bundles/org.lithos.sim/schema/result.schema.json. */
class ResultSchemaTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	private static final Path SCHEMA = Path.of("../org.lithos.sim/schema/result.schema.json");

	private static JsonSchema schema() throws IOException {
		try (InputStream in = Files.newInputStream(SCHEMA)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
	}

	private static Set<ValidationMessage> validate(Path json) throws IOException {
		JsonNode node = new ObjectMapper().readTree(json.toFile());
		return schema().validate(node);
	}

	private static SimulationInput input() {
		SimulationInput input = F.createSimulationInput();
		input.setId("Cu_half@j=1mA_cm2");
		CellSpec cell = F.createCellSpec();
		cell.setName("test.Cu_half");
		cell.setFormat(CellFormat.HALF);
		cell.setArea(1.131e-4);
		input.setCell(cell);
		SweepValue j = F.createSweepValue();
		j.setName("j");
		j.setValue(10);
		j.setUnit("A/m2");
		j.setDisplay("1 mA/cm2");
		input.getSweep().add(j);
		return input;
	}

	private static SimulationResult result() {
		SimulationResult result = F.createSimulationResult();
		result.setSolverId("lithos.cell");
		result.setStatus(RunStatus.SHORTED);
		result.setMessage("short circuit in cycle 2");
		for (int i = 1; i <= 2; i++) {
			CycleRecord cycle = F.createCycleRecord();
			cycle.setIndex(i);
			cycle.setChargeCapacity(36_000);
			cycle.setDischargeCapacity(i == 1 ? 34_000 : Double.NaN);
			cycle.setCoulombicEfficiency(i == 1 ? 34.0 / 36 : Double.NaN);
			cycle.setPlatingOverpotential(0.05);
			cycle.setStrippingOverpotential(0.045);
			LiInventory inventory = F.createLiInventory();
			inventory.setCounter(1e6);
			inventory.setPlated(0);
			inventory.setDead(2000);
			inventory.setSei(0);
			inventory.setAlloy(0);
			inventory.setConversion(0);
			inventory.setCracks(0);
			inventory.setCathode(0);
			cycle.setInventory(inventory);
			result.getCycles().add(cycle);
		}
		Event event = F.createEvent();
		event.setKind(EventKind.SHORT_CIRCUIT);
		event.setCycle(2);
		event.setStep(2);
		event.setTime(9000);
		event.setCapacity(7200);
		event.setMessage("filament crossed the separator");
		result.getEvents().add(event);
		Summary summary = F.createSummary();
		summary.setFirstCycleEfficiency(34.0 / 36);
		summary.setCycleLife(1);
		summary.setShortCircuitCycle(2);
		summary.setShortCircuitCapacity(7200);
		result.setSummary(summary);
		return result;
	}

	@Test
	void writtenResultsMatchTheSchema() throws IOException {
		Path folder = Files.createTempDirectory("schema");
		ResultStore.write(input(), result(), folder);
		assertEquals(Set.of(), validate(folder.resolve("result.json")));
	}

	@Test
	void theSchemaRejectsBrokenResults() throws IOException {
		Path folder = Files.createTempDirectory("schema");
		ResultStore.write(input(), result(), folder);
		Path broken = folder.resolve("broken.json");
		Files.writeString(broken, Files.readString(folder.resolve("result.json")).replace("\"SHORTED\"", "\"EXPLODED\"")
				.replace("\"index\": 1", "\"index\": 0"));
		Set<ValidationMessage> problems = validate(broken);
		assertFalse(problems.isEmpty(), "an unknown status and a cycle index 0 must be rejected");
		assertEquals(2, problems.size(), problems.toString());
	}
}
