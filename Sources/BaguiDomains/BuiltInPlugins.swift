import BaguiBundles

extension PluginCatalog {
    /// The plugins Bagui ships: `triage-safety` (medical-triage) and `cane-advice` (sugarcane-disease).
    /// Their names are distinct constants, so the catalog cannot fail to build (a test pins the names).
    public static let builtIn: PluginCatalog = (try? PluginCatalog([TriageSafetyPlugin(), CaneAdvicePlugin()])) ?? .empty
}
