import BaguiTensor

// Construction from checkpoint scopes (style.md principle 6): the code's structure is the key
// hierarchy, so `Linear(scope.scope("query"), …)` reads `…query.weight` and `…query.bias`.

extension Linear {
    /// Loads `weight` (`[out, in]`) and, when present, `bias` (`[out]`) from `scope`.
    public init(_ scope: WeightScope, in inFeatures: Int, out outFeatures: Int) throws {
        try self.init(stacking: [scope], in: inFeatures, out: [outFeatures])
    }

    /// Loads several `nn.Linear`s over the same input and stacks them side by side (Q, K, V).
    public init(stacking scopes: [WeightScope], in inFeatures: Int, out outFeatures: [Int]) throws {
        let weights = try zip(scopes, outFeatures).map { scope, out in try scope.tensor("weight", shape: [out, inFeatures]) }
        let biases = try zip(scopes, outFeatures).map { scope, out in
            scope.contains("bias") ? try scope.tensor("bias", shape: [out]) : nil
        }
        self.init(stacking: weights, biases: biases)
    }
}

extension LayerNorm {
    /// Loads `weight` and `bias` (`[width]` each) from `scope`.
    public init(_ scope: WeightScope, width: Int, eps: Float) throws {
        self.init(weight: try scope.tensor("weight", shape: [width]), bias: try scope.tensor("bias", shape: [width]), eps: eps)
    }
}
