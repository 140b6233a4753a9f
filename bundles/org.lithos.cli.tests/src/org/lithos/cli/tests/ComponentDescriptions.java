package org.lithos.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Declarative Services component descriptions (the {@code OSGI-INF} XML the build generates) of the bundles in
 * the test framework, read as files: what the product's service runtime would register, without running one.
 */
final class ComponentDescriptions {

	/** One component: its bundle, implementation class and the properties it declares. */
	record Component(Bundle bundle, String implementation, Map<String, String> properties) {
	}

	private ComponentDescriptions() {
	}

	/**
	 * @param service a service interface's name
	 * @return the components of every bundle of the framework that provide it
	 */
	static List<Component> providing(String service) {
		List<Component> components = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(ComponentDescriptions.class).getBundleContext().getBundles()) {
			String header = bundle.getHeaders().get("Service-Component");
			if (header == null) {
				continue;
			}
			for (String path : header.split(",")) {
				for (URL entry : entries(bundle, path.strip())) {
					components.addAll(read(bundle, entry, service));
				}
			}
		}
		return components;
	}

	private static List<URL> entries(Bundle bundle, String path) {
		int slash = path.lastIndexOf('/');
		var found = bundle.findEntries(slash < 0 ? "/" : path.substring(0, slash), path.substring(slash + 1), false);
		return found == null ? List.of() : Collections.list(found);
	}

	private static List<Component> read(Bundle bundle, URL entry, String service) {
		Document xml;
		try (InputStream in = entry.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			xml = factory.newDocumentBuilder().parse(in);
		} catch (IOException e) {
			throw new UncheckedIOException(entry.toString(), e);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException(entry + ": " + e.getMessage(), e);
		}
		List<Component> components = new ArrayList<>();
		NodeList declared = xml.getElementsByTagNameNS("*", "component");
		for (int i = 0; i < declared.getLength(); i++) {
			Element component = (Element) declared.item(i);
			if (provides(component, service)) {
				Element implementation = (Element) component.getElementsByTagName("implementation").item(0);
				components.add(new Component(bundle, implementation.getAttribute("class"), properties(component)));
			}
		}
		return components;
	}

	private static boolean provides(Element component, String service) {
		NodeList provided = component.getElementsByTagName("provide");
		for (int i = 0; i < provided.getLength(); i++) {
			if (service.equals(((Element) provided.item(i)).getAttribute("interface"))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, String> properties(Element component) {
		Map<String, String> properties = new HashMap<>();
		NodeList declared = component.getElementsByTagName("property");
		for (int i = 0; i < declared.getLength(); i++) {
			Element property = (Element) declared.item(i);
			properties.put(property.getAttribute("name"), property.getAttribute("value"));
		}
		return properties;
	}
}
