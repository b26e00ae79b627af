import Foundation

/// The part of JSON Schema (2020-12) that the schemas in `Schemas/` use: type, const, enum, required,
/// properties, additionalProperties (false, or a schema for the other keys), minProperties, maxProperties,
/// propertyNames, items, oneOf, pattern and local $ref. Returns each place where `value` breaks the
/// schema, by JSON path. Python's jsonschema checks the same files by hand (see the README).
public struct SchemaValidator {
    let root: [String: Any]

    public init(file: String) throws {
        root =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
            ?? [:]
    }

    public func errors(in value: Any) -> [String] { check(value, against: root, at: "$") }

    private func check(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else {
                return ["\(path): unknown $ref \(ref)"]
            }
            return check(value, against: target, at: path)
        }
        var errors: [String] = []
        if let constant = schema["const"] as? String, value as? String != constant {
            errors.append("\(path): expected \(constant)")
        }
        if let choices = schema["enum"] as? [String], !(value is String && choices.contains(value as! String)) {
            errors.append("\(path): not one of \(choices)")
        }
        if let type = schema["type"] as? String, !Self.matches(value, type) {
            return errors + ["\(path): expected \(type)"]
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            errors.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing \(key)")
            }
            for (key, member) in object {
                if let sub = properties[key] as? [String: Any] {
                    errors += check(member, against: sub, at: "\(path).\(key)")
                } else if let others = schema["additionalProperties"] as? [String: Any] {
                    errors += check(member, against: others, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    errors.append("\(path): unexpected key \(key)")
                }
                if let names = schema["propertyNames"] as? [String: Any] {
                    errors += check(key, against: names, at: "\(path) key \(key)")
                }
            }
            if let least = schema["minProperties"] as? Int, object.count < least {
                errors.append("\(path): fewer than \(least) keys")
            }
            if let most = schema["maxProperties"] as? Int, object.count > most {
                errors.append("\(path): more than \(most) keys")
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                errors += check(element, against: items, at: "\(path)[\(index)]")
            }
        }
        if let choices = schema["oneOf"] as? [[String: Any]] {
            let passing = choices.filter { check(value, against: $0, at: path).isEmpty }.count
            if passing != 1 { errors.append("\(path): matches \(passing) of the oneOf choices, not exactly one") }
        }
        return errors
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        // JSONSerialization gives numbers and booleans as NSNumber; a boolean's objCType is "c".
        let number = value as? NSNumber
        let isBoolean = number.map { String(cString: $0.objCType) == "c" } ?? false
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean
        case "integer": return number.map { !isBoolean && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": return number != nil && !isBoolean
        default: return false
        }
    }
}
