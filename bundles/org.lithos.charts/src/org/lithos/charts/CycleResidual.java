package org.lithos.charts;

/**
 * Predicted against measured figures of one cycle: what a report's residual table lists.
 *
 * @param cycle             the cycle, from 1
 * @param predictedCe       predicted Coulombic efficiency, fraction (NaN when not predicted)
 * @param measuredCe        measured Coulombic efficiency, fraction (NaN when the cycle is incomplete)
 * @param predictedCapacity predicted discharge capacity (charge taken back), C/m2
 * @param measuredCapacity  measured discharge capacity, C/m2
 * @param voltageRms        RMS of predicted less measured voltage over the cycle's steps, V (NaN when the cycle is
 *                          not compared point by point)
 */
public record CycleResidual(int cycle, double predictedCe, double measuredCe, double predictedCapacity,
		double measuredCapacity, double voltageRms) {

	/** @return predicted less measured efficiency, fraction */
	public double ceResidual() {
		return predictedCe - measuredCe;
	}

	/** @return predicted less measured discharge capacity, C/m2 */
	public double capacityResidual() {
		return predictedCapacity - measuredCapacity;
	}
}
