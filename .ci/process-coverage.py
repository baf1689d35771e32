#!/usr/bin/env python3
"""Prints flow-node and sequence-flow coverage of each BPMN process over all test classes, from the reports
of camunda-process-test-coverage (target/process-test-coverage/*/report.json). Exits 1 below the minimum."""
import glob, json, sys, xml.etree.ElementTree as ET

MINIMUM = float(sys.argv[1]) if len(sys.argv) > 1 else 0.9
B = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
NODE_TAGS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "task",
             "userTask", "serviceTask", "sendTask", "receiveTask", "businessRuleTask", "scriptTask", "manualTask",
             "callActivity", "subProcess", "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway"}
models, covered = {}, {}
for report in glob.glob("target/process-test-coverage/*/report.json"):
    data = json.load(open(report))
    for m in data["models"]:
        models[m["key"]] = m["xml"]
    for suite in data["suites"]:
        for run in suite["runs"]:
            for e in run["events"]:
                covered.setdefault(e["modelKey"], set()).add(e["definitionKey"])
short = False
for key, xml in sorted(models.items()):
    root = ET.fromstring(xml.encode())
    nodes, flows = set(), set()
    for el in root.iter():
        tag = el.tag.replace(B, "")
        if tag in NODE_TAGS:
            nodes.add(el.get("id"))
        elif tag == "sequenceFlow":
            flows.add(el.get("id"))
    seen = covered.get(key, set())
    node_ratio = len(nodes & seen) / len(nodes)
    flow_ratio = len(flows & seen) / len(flows) if flows else 1.0
    print(f"process coverage: {key}: flow nodes {len(nodes & seen)}/{len(nodes)} = {node_ratio:.0%}, "
          f"sequence flows {len(flows & seen)}/{len(flows)} = {flow_ratio:.0%}")
    missing = sorted(nodes - seen)
    if missing:
        print("  not covered:", ", ".join(missing))
    short |= node_ratio < MINIMUM
sys.exit(1 if short or not models else 0)
