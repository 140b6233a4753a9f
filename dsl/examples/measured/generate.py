#!/usr/bin/env python3
"""Writes one synthetic measured curve in every cycler format Lithos reads (see README.md beside this file).

The curve is an anode-free Cu half cell against Li (12 mm diameter, 1.131 cm2): a 5 min rest, then 10 cycles of
plating at 1 mA/cm2 for 1 mAh/cm2 and stripping at 1 mA/cm2 until 0.2 V, sampled every 60 s. The Coulombic
efficiency of cycle k is CE[k]. The files differ only in what each format does: units (s, min, h, hh:mm:ss; V, mV;
A, mA, uA; Ah, mAh), current sign, capacity bookkeeping (per step, cumulative per cycle, signed net charge),
cycle numbering (from 0 or 1), decimal commas and preambles. The importers' tests read all of them and require the
same curve back. Run it from anywhere: python3 generate.py (standard library only; output is deterministic).
"""
import math
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
AREA_CM2 = math.pi * 0.6 ** 2            # 12 mm diameter
CURRENT_A = 1e-3 * AREA_CM2              # 1 mA/cm2
PLATE_S = 3600.0                         # 1 mAh/cm2 at 1 mA/cm2
REST_S = 300.0
DT = 60.0
CE = [0.82, 0.88, 0.90, 0.91, 0.91, 0.90, 0.89, 0.87, 0.84, 0.80]
REST_V = 1.05


def points():
    """(time s, voltage V, current A signed charge-positive, step capacity Ah, cycle from 1, step from 1, kind)."""
    out = []
    t = 0.0
    step = 1
    for i in range(int(REST_S / DT) + 1):
        out.append((i * DT, REST_V - 1e-4 * i, 0.0, 0.0, 1, step, 'rest'))
    t = REST_S
    for k, ce in enumerate(CE, start=1):
        step += 1
        n = int(PLATE_S / DT)
        for i in range(1, n + 1):
            s = i * DT
            v = -(0.010 + 0.030 * math.exp(-s / 60.0) + 0.002 * s / PLATE_S + 0.0005 * k)
            out.append((t + s, v, -CURRENT_A, CURRENT_A * s / 3600.0, k, step, 'plate'))
        t += PLATE_S
        step += 1
        strip = PLATE_S * ce
        n = int(math.ceil(strip / DT))
        for i in range(1, n + 1):
            s = min(i * DT, strip)
            x = s / strip
            v = 0.012 + 0.0005 * k + (0.188 - 0.0005 * k) * x ** 8
            out.append((t + s, v, CURRENT_A, CURRENT_A * s / 3600.0, k, step, 'strip'))
        t += strip
    return out


def cumulative(rows):
    """Charge and discharge capacity, Ah, cumulative within each cycle (Arbin, PEC, BDF)."""
    chg = dchg = 0.0
    last_cycle, last_step, base = 1, 1, 0.0
    out = []
    for (t, v, i, q, c, s, kind) in rows:
        if c != last_cycle:
            chg = dchg = 0.0
        if s != last_step:
            base = chg if i > 0 else dchg
        if i > 0:
            chg = base + q
        elif i < 0:
            dchg = base + q
        out.append((chg, dchg))
        last_cycle, last_step = c, s
    return out


def clock(seconds):
    h = int(seconds // 3600)
    m = int(seconds % 3600 // 60)
    s = seconds - 3600 * h - 60 * m
    return '%02d:%02d:%06.3f' % (h, m, s)


def write(name, text, encoding='utf-8'):
    with open(os.path.join(HERE, name), 'w', encoding=encoding, newline='') as f:
        f.write(text)


def biologic(rows):
    columns = ['mode', 'ox/red', 'error', 'control changes', 'Ns changes', 'counter inc.', 'Ns', 'time/s',
               'control/V/mA', 'Ewe/V', 'I/mA', 'dQ/mA.h', '(Q-Qo)/mA.h', 'half cycle', 'cycle number']
    preamble = ['EC-Lab ASCII FILE', 'Nb header lines : %d' % 6, '', 'Galvanostatic Cycling with Potential Limitation',
                'Electrode surface area : 1,131 cm\u00b2', '\t'.join(columns)]
    lines = list(preamble)
    net = 0.0
    last_t = 0.0
    last_step = 1
    for (t, v, i, q, c, s, kind) in rows:
        net += i * (t - last_t) / 3.6      # mA.h, signed
        mode = 3 if kind == 'rest' else 1
        values = [mode, 1 if i > 0 else 0, 0, 0, 1 if s != last_step else 0, 0, 0 if kind == 'rest' else (1 if kind == 'plate' else 2),
                  '%.4f' % t, '%.4f' % (i * 1e3), '%.6f' % v, '%.6f' % (i * 1e3), '%.6f' % (i * (t - last_t) / 3.6),
                  '%.6f' % net, 2 * (c - 1) + (0 if kind != 'strip' else 1), c - 1]
        lines.append('\t'.join(str(x).replace('.', ',') for x in values))
        last_t, last_step = t, s
    write('cu-half.mpt', '\r\n'.join(lines) + '\r\n', 'latin-1')


def arbin_rows(rows):
    header = ['Data_Point', 'Test_Time(s)', 'Date_Time', 'Step_Time(s)', 'Step_Index', 'Cycle_Index', 'Current(A)',
              'Voltage(V)', 'Charge_Capacity(Ah)', 'Discharge_Capacity(Ah)']
    out = [header]
    step_start = 0.0
    last_step = 1
    for n, ((t, v, i, q, c, s, kind), (chg, dchg)) in enumerate(zip(rows, cumulative(rows)), start=1):
        if s != last_step:
            step_start = out[-1][1]
        index = 1 if kind == 'rest' else (2 if kind == 'plate' else 3)
        out.append([n, t, '12/07/2026 %s' % clock(t + 9 * 3600)[:8], t - step_start, index, c, i, v, chg, dchg])
        last_step = s
    return out


def arbin(rows):
    table = arbin_rows(rows)
    write('cu-half.arbin.csv', '\r\n'.join(','.join(fmt(x) for x in r) for r in table) + '\r\n')
    xlsx('cu-half.arbin.xlsx', [('Global_Info', [['TEST REPORT'], ['Schedule', 'cu-half.sdx']]),
                                ('Channel_1-006', table)])


def fmt(x):
    if isinstance(x, float):
        return repr(round(x, 9))
    return str(x)


def land(rows):
    header = ['Record', 'Cycle-Index', 'Step-Index', 'TestTime/Sec', 'StepTime/Sec', 'Current/mA', 'Capacity/mAh',
              'Voltage/V']
    table = [header]
    step_start = 0.0
    last_step = 1
    for n, (t, v, i, q, c, s, kind) in enumerate(rows, start=1):
        if s != last_step:
            step_start = table[-1][3]
        table.append([n, c, s, t, t - step_start, i * 1e3, q * 1e3, v])
        last_step = s
    xlsx('cu-half.land.xlsx', [('Cycle', [['Cycle', 'ChgCap/mAh', 'DChgCap/mAh']]), ('Step', [['Step', 'Mode']]),
                               ('Record', table)])


def maccor(rows):
    lines = ['Today\'s Date\t12/07/2026', 'Date of Test:\t12/07/2026 9:00:00 AM', 'Filename:\tcu-half.001',
             'Procedure:\tPLATESTRIP.000', 'Comment/Barcode:\tCu half cell \u00b5-structured', '',
             '\t'.join(['Rec#', 'Cyc#', 'Step', 'Test (Sec)', 'Step (Sec)', 'Amp-hr', 'Watt-hr', 'Amps', 'Volts',
                        'State', 'ES', 'DPt Time'])]
    step_start = 0.0
    last_step = 1
    prev_t = 0.0
    for n, (t, v, i, q, c, s, kind) in enumerate(rows, start=1):
        if s != last_step:
            step_start = prev_t
        state = 'R' if kind == 'rest' else ('D' if kind == 'plate' else 'C')
        lines.append('\t'.join([str(n), str(c - 1), str(1 if kind == 'rest' else (2 if kind == 'plate' else 3)),
                                '%.3f' % t, '%.3f' % (t - step_start), '%.8f' % q, '%.8f' % (q * abs(v)),
                                '%.8f' % abs(i), '%.5f' % v, state, '0', '12/07/2026 9:00:00 AM']))
        last_step, prev_t = s, t
    write('cu-half.maccor.txt', '\r\n'.join(lines) + '\r\n', 'latin-1')


def neware_table(rows):
    header = ['DataPoint', 'Cycle Index', 'Step Index', 'Step Type', 'Time', 'Total Time', 'Current(mA)',
              'Voltage(V)', 'Capacity(mAh)']
    table = [header]
    step_start = 0.0
    last_step = 1
    prev_t = 0.0
    for n, (t, v, i, q, c, s, kind) in enumerate(rows, start=1):
        if s != last_step:
            step_start = prev_t
        kind_word = {'rest': 'Rest', 'plate': 'CC DChg', 'strip': 'CC Chg'}[kind]
        table.append([n, c, s, kind_word, clock(t - step_start), clock(t), round(i * 1e3, 6), round(v, 5),
                      round(q * 1e3, 6)])
        last_step, prev_t = s, t
    return table


def neware(rows):
    table = neware_table(rows)
    write('cu-half.neware.csv', '\r\n'.join(','.join(fmt(x) for x in r) for r in table) + '\r\n')
    xlsx('cu-half.neware.xlsx', [('test', [['Test information']]), ('cycle', [['Cycle Index', 'Chg. Cap.(mAh)']]),
                                 ('step', [['Step Index', 'Step Type']]), ('record', table)])


def pec(rows):
    lines = ['Request Year:,2026', 'Test:,4711', 'TestRegime Name:,Plate strip', 'Number Of Cells:,1',
             'Start Time:,12/07/2026 09:00:00', '',
             ','.join(['Test', 'Cell', 'Step', 'Instruction Name', 'Cycle', 'Total Time (Hours in hh:mm:ss.xxx)',
                       'Step Time (Seconds)', 'Voltage (V)', 'Current (A)', 'Charge Capacity (mAh)',
                       'Discharge Capacity (mAh)', 'ReasonCode'])]
    step_start = 0.0
    last_step = 1
    prev_t = 0.0
    for (t, v, i, q, c, s, kind), (chg, dchg) in zip(rows, cumulative(rows)):
        if s != last_step:
            step_start = prev_t
        name = {'rest': 'Idle', 'plate': 'Discharge', 'strip': 'Charge'}[kind]
        lines.append(','.join(['4711', '1', str(s - 1), name, str(c - 1), clock(t), '%.3f' % (t - step_start),
                               '%.7f' % v, '%.9f' % i, '%.6f' % (chg * 1e3), '%.6f' % (dchg * 1e3), '30']))
        last_step, prev_t = s, t
    write('cu-half.pec.csv', '\r\n'.join(lines) + '\r\n')


def bdf(rows):
    lines = [','.join(['Test Time / s', 'Voltage / V', 'Current / A', 'Cycle Count / 1', 'Step Count / 1',
                       'Charging Capacity / Ah', 'Discharging Capacity / Ah'])]
    for (t, v, i, q, c, s, kind), (chg, dchg) in zip(rows, cumulative(rows)):
        lines.append(','.join([fmt(t), fmt(v), fmt(i), str(c), str(s), fmt(chg), fmt(dchg)]))
    write('cu-half.bdf.csv', '\n'.join(lines) + '\n')


def generic(rows):
    """A German lab's own logger: semicolons, decimal commas, hours, mV, uA, charging current negative."""
    lines = ['Zeit/h;Spannung/mV;Strom/uA;Zyklus']
    for (t, v, i, q, c, s, kind) in rows:
        lines.append(';'.join(('%.6f' % (t / 3600), '%.3f' % (v * 1e3), '%.3f' % (-i * 1e6), str(c)))
                     .replace('.', ','))
    write('cu-half.generic.csv', '\n'.join(lines) + '\n')


def xlsx(name, sheets):
    """A minimal Office Open XML workbook with inline strings (no styles), one sheet per (name, rows)."""
    def cell(ref, value):
        if isinstance(value, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, fmt(value))
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(str(value)))

    def column(n):
        letters = ''
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(65 + r) + letters
        return letters

    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        def put(part, text):
            info = zipfile.ZipInfo(part, date_time=(2026, 12, 7, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        ns = 'http://schemas.openxmlformats.org'
        put('[Content_Types].xml',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="%s/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' % ns
            + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                      % (k + 1) for k in range(len(sheets))) + '</Types>')
        put('_rels/.rels',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="%s/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>' % (ns, ns))
        put('xl/workbook.xml',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="%s/spreadsheetml/2006/main" xmlns:r="%s/officeDocument/2006/relationships"><sheets>'
            % (ns, ns) + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), k + 1, k + 1)
                                 for k, (n, _) in enumerate(sheets)) + '</sheets></workbook>')
        put('xl/_rels/workbook.xml.rels',
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="%s/package/2006/relationships">' % ns
            + ''.join('<Relationship Id="rId%d" Type="%s/officeDocument/2006/relationships/worksheet" '
                      'Target="worksheets/sheet%d.xml"/>' % (k + 1, ns, k + 1) for k in range(len(sheets)))
            + '</Relationships>')
        for k, (_, table) in enumerate(sheets):
            body = ''.join('<row r="%d">%s</row>' % (r + 1, ''.join(cell(column(c) + str(r + 1), v)
                                                               for c, v in enumerate(row)))
                           for r, row in enumerate(table))
            put('xl/worksheets/sheet%d.xml' % (k + 1),
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="%s/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % (ns, body))


if __name__ == '__main__':
    data = points()
    biologic(data)
    arbin(data)
    land(data)
    maccor(data)
    neware(data)
    pec(data)
    bdf(data)
    generic(data)
