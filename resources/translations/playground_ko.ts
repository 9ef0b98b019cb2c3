<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../playground/ui/about.py" line="58"/>
        <source>About Neural Network Playground</source>
        <translation>신경망 플레이그라운드 정보</translation>
    </message>
    <message>
        <location filename="../../playground/ui/about.py" line="60"/>
        <source>&lt;b&gt;Neural Network Playground&lt;/b&gt; {0}&lt;br&gt;Build small networks, watch them learn, and export them as JSON or ONNX.</source>
        <translation>&lt;b&gt;신경망 플레이그라운드&lt;/b&gt; {0}&lt;br&gt;작은 신경망을 만들고, 학습하는 모습을 지켜보고, JSON이나 ONNX로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/about.py" line="63"/>
        <source>The versions, to paste into a question or a bug report</source>
        <translation>질문이나 버그 보고에 붙여 넣을 버전 정보</translation>
    </message>
    <message>
        <location filename="../../playground/ui/about.py" line="67"/>
        <source>&amp;Copy versions</source>
        <translation>버전 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/about.py" line="73"/>
        <source>Versions:</source>
        <translation>버전:</translation>
    </message>
</context>
<context>
    <name>ActivationLossPicker</name>
    <message>
        <location filename="../../playground/ui/picker.py" line="43"/>
        <source>θ (threshold)</source>
        <translation>θ (임계값)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="44"/>
        <source>v (value below θ)</source>
        <translation>v (θ 이하에서의 값)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="46"/>
        <source>k (pieces)</source>
        <translation>k (조각 수)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="50"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="51"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="52"/>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="80"/>
        <source>f = p₁ of softmax(x, 0)</source>
        <translation>f = softmax(x, 0)의 p₁</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="93"/>
        <source>f = max of {0} example lines</source>
        <translation>f = 예시 직선 {0}개 중 최댓값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="95"/>
        <source>f′ = slope of the winner</source>
        <translation>f′ = 최댓값을 내는 직선의 기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="137"/>
        <source>The starting value: training learns this parameter like a weight.</source>
        <translation>시작값: 학습이 이 매개변수를 가중치처럼 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="169"/>
        <source>{0} (start)</source>
        <translation>{0} (시작값)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="197"/>
        <source>The layer whose activation is shown and set</source>
        <translation>활성화 함수를 보여 주고 설정할 층</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="198"/>
        <source>The activation function of this layer</source>
        <translation>이 층의 활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="202"/>
        <source>Apply to all hidden layers</source>
        <translation>모든 은닉층에 적용</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="204"/>
        <source>Give every hidden layer this activation and parameters</source>
        <translation>모든 은닉층에 이 활성화 함수와 매개변수를 적용합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="208"/>
        <source>About this activation</source>
        <translation>이 활성화 함수에 대하여</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="210"/>
        <source>The loss that training minimises</source>
        <translation>학습이 최소화하는 손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="215"/>
        <source>About this loss</source>
        <translation>이 손실 함수에 대하여</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="245"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="248"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="249"/>
        <location filename="../../playground/ui/picker.py" line="258"/>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="255"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="263"/>
        <source>Explained</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="273"/>
        <source>Advice</source>
        <translation>조언</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="316"/>
        <source>Set all hidden activations to {0}</source>
        <translation>모든 은닉층의 활성화 함수를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="334"/>
        <source>Set activation of {0} to {1}</source>
        <translation>{0}의 활성화 함수를 {1}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="341"/>
        <location filename="../../playground/ui/picker.py" line="354"/>
        <source>Set {0} {1}</source>
        <translation>{0} {1} 설정</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="350"/>
        <source>Set loss to {0}</source>
        <translation>손실 함수를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="371"/>
        <source>{0} neuron</source>
        <translation>뉴런 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="371"/>
        <source>{0} neurons</source>
        <translation>뉴런 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="385"/>
        <source>Only for the output layer</source>
        <translation>출력층에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/picker.py" line="404"/>
        <source>range {0}</source>
        <translation>범위 {0}</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <location filename="../../playground/engine/activations.py" line="89"/>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="90"/>
        <source>f(x) = x</source>
        <translation>f(x) = x</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="91"/>
        <source>f&apos;(x) = 1</source>
        <translation>f&apos;(x) = 1</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="92"/>
        <location filename="../../playground/engine/activations.py" line="261"/>
        <location filename="../../playground/engine/activations.py" line="505"/>
        <source>(−∞, ∞)</source>
        <translation>(−∞, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="93"/>
        <source>No non-linearity: the output is the input. Use it on the output layer for regression; in hidden layers it adds nothing, since stacked linear layers collapse into one.</source>
        <translation>비선형성이 없습니다. 출력이 곧 입력입니다. 회귀에서는 출력층에 씁니다. 은닉층에서는 아무것도 더하지 못합니다. 선형 층을 여러 개 쌓아도 하나의 선형 층과 같기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="115"/>
        <source>step</source>
        <translation>계단</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="116"/>
        <source>f(x) = 1 if x ≥ 0 else 0</source>
        <translation>f(x) = x ≥ 0이면 1, 아니면 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="117"/>
        <source>f&apos;(x) = 0 (undefined at 0)</source>
        <translation>f&apos;(x) = 0 (0에서는 정의되지 않음)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="118"/>
        <source>{0, 1}</source>
        <translation>{0, 1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="120"/>
        <source>The perceptron&apos;s activation: the output is 0 or 1. Its derivative is 0 everywhere, so backpropagation cannot train through it: the gradient is zero and the loss never moves.</source>
        <translation>퍼셉트론의 활성화 함수로, 출력은 0 또는 1입니다. 도함수가 모든 곳에서 0이므로 역전파로는 이 함수를 지나 학습할 수 없습니다. 기울기가 0이어서 손실이 전혀 줄지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="141"/>
        <source>threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="142"/>
        <source>f(x) = x if x &gt; θ else v</source>
        <translation>f(x) = x &gt; θ이면 x, 아니면 v</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="143"/>
        <source>f&apos;(x) = 1 if x &gt; θ else 0</source>
        <translation>f&apos;(x) = x &gt; θ이면 1, 아니면 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="144"/>
        <source>{v} ∪ (θ, ∞)</source>
        <translation>{v} ∪ (θ, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="147"/>
        <source>Passes x through above the threshold θ and outputs the constant v at or below it; θ = 0, v = 0 is ReLU. Below θ the gradient is 0, so a neuron stuck there stops learning.</source>
        <translation>임계값 θ보다 큰 x는 그대로 내보내고, θ 이하에서는 상수 v를 출력합니다. θ = 0, v = 0이면 ReLU입니다. θ 아래에서는 기울기가 0이므로, 그곳에 머무는 뉴런은 학습을 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="167"/>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="168"/>
        <source>σ(x) = 1 / (1 + e⁻ˣ)</source>
        <translation>σ(x) = 1 / (1 + e⁻ˣ)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="169"/>
        <source>σ&apos;(x) = σ(x)·(1 − σ(x)) ≤ 0.25</source>
        <translation>σ&apos;(x) = σ(x)·(1 − σ(x)) ≤ 0.25</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="170"/>
        <source>(0, 1)</source>
        <translation>(0, 1)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="172"/>
        <source>Squashes any input into (0, 1): the output for two classes, with BCE. In hidden layers its gradient is at most 0.25 and ≈ 0 when saturated, so deep stacks suffer vanishing gradients, and its outputs are not zero-centred, which makes updates zig-zag.</source>
        <translation>어떤 입력이든 (0, 1) 구간으로 압축합니다. 두 클래스 분류의 출력층에 BCE와 함께 씁니다. 은닉층에서는 기울기가 최대 0.25이고 포화되면 거의 0이 되므로, 층을 깊이 쌓으면 기울기 소실이 일어납니다. 또 출력의 중심이 0이 아니어서 갱신이 지그재그로 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="200"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="201"/>
        <source>f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</source>
        <translation>f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="202"/>
        <source>f&apos;(x) = 1 − tanh²(x)</source>
        <translation>f&apos;(x) = 1 − tanh²(x)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="203"/>
        <source>(−1, 1)</source>
        <translation>(−1, 1)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="205"/>
        <source>Zero-centred, so updates do not zig-zag as with sigmoid. Saturates for |x| ≳ 4: there f&apos; ≈ 0 and the neuron stops learning.</source>
        <translation>출력의 중심이 0이므로 시그모이드처럼 갱신이 지그재그로 움직이지 않습니다. |x| ≳ 4에서 포화되어 f&apos; ≈ 0이 되고, 뉴런은 학습을 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="227"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="228"/>
        <source>f(x) = max(0, x)</source>
        <translation>f(x) = max(0, x)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="229"/>
        <source>f&apos;(x) = 1 if x &gt; 0 else 0</source>
        <translation>f&apos;(x) = x &gt; 0이면 1, 아니면 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="230"/>
        <source>[0, ∞)</source>
        <translation>[0, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="232"/>
        <source>Fast, and its gradient does not vanish for x &gt; 0: the usual choice for hidden layers. A neuron whose input stays ≤ 0 gets no gradient and stops learning for good (a dead neuron); Leaky ReLU, PReLU and ELU avoid that.</source>
        <translation>계산이 빠르고 x &gt; 0에서 기울기가 소실되지 않아, 은닉층에 흔히 쓰는 선택입니다. 입력이 계속 0 이하인 뉴런은 기울기를 받지 못해 영영 학습을 멈춥니다(죽은 뉴런). Leaky ReLU, PReLU, ELU는 이를 피합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="258"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="259"/>
        <source>f(x) = x if x &gt; 0 else α·x</source>
        <translation>f(x) = x &gt; 0이면 x, 아니면 α·x</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="260"/>
        <source>f&apos;(x) = 1 if x &gt; 0 else α</source>
        <translation>f&apos;(x) = x &gt; 0이면 1, 아니면 α</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="263"/>
        <source>ReLU with a small slope α (default 0.01) for x ≤ 0, so negative inputs still pass a gradient and neurons cannot die. α is a hyperparameter you choose.</source>
        <translation>x ≤ 0에서 작은 기울기 α(기본값 0.01)를 갖는 ReLU입니다. 음의 입력에서도 기울기가 전달되므로 뉴런이 죽지 않습니다. α는 직접 정하는 하이퍼파라미터입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="282"/>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="283"/>
        <source>f&apos;(x) = 1 if x &gt; 0 else α;  ∂f/∂α = x if x ≤ 0 else 0</source>
        <translation>f&apos;(x) = x &gt; 0이면 1, 아니면 α;  ∂f/∂α = x ≤ 0이면 x, 아니면 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="288"/>
        <source>Leaky ReLU whose slope α is learned with the weights (one α per layer, starting at 0.25), so the data decide how much negative inputs pass. Neurons cannot die.</source>
        <translation>기울기 α를 가중치와 함께 학습하는 Leaky ReLU입니다(층마다 α 하나, 시작값 0.25). 음의 입력을 얼마나 통과시킬지 데이터가 정합니다. 뉴런이 죽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="301"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="302"/>
        <source>f(x) = x if x &gt; 0 else α·(eˣ − 1)</source>
        <translation>f(x) = x &gt; 0이면 x, 아니면 α·(eˣ − 1)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="303"/>
        <source>f&apos;(x) = 1 if x &gt; 0 else α·eˣ</source>
        <translation>f&apos;(x) = x &gt; 0이면 1, 아니면 α·eˣ</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="304"/>
        <source>(−α, ∞)</source>
        <translation>(−α, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="306"/>
        <source>Like ReLU for x &gt; 0, but bends smoothly towards −α below 0, so negative inputs keep a gradient (no dead neurons) and outputs average nearer zero. Smooth at 0 when α = 1.</source>
        <translation>x &gt; 0에서는 ReLU와 같고, 0 아래에서는 −α를 향해 부드럽게 휘어집니다. 음의 입력에도 기울기가 남아(죽은 뉴런 없음) 출력의 평균이 0에 더 가깝습니다. α = 1이면 0에서 매끄럽습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="330"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="331"/>
        <source>f(x) = x·Φ(x),  Φ the standard normal CDF</source>
        <translation>f(x) = x·Φ(x),  Φ는 표준 정규 분포의 누적 분포 함수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="332"/>
        <source>f&apos;(x) = Φ(x) + x·φ(x),  φ the standard normal density</source>
        <translation>f&apos;(x) = Φ(x) + x·φ(x),  φ는 표준 정규 분포의 확률 밀도 함수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="335"/>
        <source>[≈ −0.17, ∞)</source>
        <translation>[≈ −0.17, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="336"/>
        <source>A smooth ReLU that weights x by Φ(x), the chance a standard normal falls below it; common in Transformers. Dips slightly below 0 and keeps a small gradient for negative inputs, so neurons do not die.</source>
        <translation>x에 Φ(x), 즉 표준 정규 분포의 값이 x보다 작을 확률을 곱하는 매끄러운 ReLU로, 트랜스포머에서 흔히 씁니다. 0보다 약간 아래로 내려가며 음의 입력에도 작은 기울기가 남으므로 뉴런이 죽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="358"/>
        <source>SiLU / Swish</source>
        <translation>SiLU / Swish</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="359"/>
        <source>f(x) = x·σ(x)</source>
        <translation>f(x) = x·σ(x)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="360"/>
        <source>f&apos;(x) = σ(x)·(1 + x·(1 − σ(x)))</source>
        <translation>f&apos;(x) = σ(x)·(1 + x·(1 − σ(x)))</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="361"/>
        <source>[≈ −0.28, ∞)</source>
        <translation>[≈ −0.28, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="362"/>
        <source>A smooth, non-monotonic ReLU: dips to ≈ −0.28 near x = −1.3, then returns to 0. Negative inputs keep a small gradient, so neurons do not die; a little costlier than ReLU.</source>
        <translation>매끄럽고 단조가 아닌 ReLU입니다. x = −1.3 근처에서 ≈ −0.28까지 내려갔다가 0으로 돌아옵니다. 음의 입력에도 작은 기울기가 남아 뉴런이 죽지 않습니다. ReLU보다 계산 비용이 조금 큽니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="384"/>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="385"/>
        <source>f(x) = x·tanh(softplus(x))</source>
        <translation>f(x) = x·tanh(softplus(x))</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="386"/>
        <source>f&apos;(x) = tanh(s) + x·sech²(s)·σ(x),  s = softplus(x)</source>
        <translation>f&apos;(x) = tanh(s) + x·sech²(s)·σ(x),  s = softplus(x)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="389"/>
        <source>[≈ −0.31, ∞)</source>
        <translation>[≈ −0.31, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="390"/>
        <source>Smooth and non-monotonic like SiLU (minimum ≈ −0.31). Negative inputs keep a gradient, so neurons do not die; it costs several exponentials per neuron.</source>
        <translation>SiLU처럼 매끄럽고 단조가 아닙니다(최솟값 ≈ −0.31). 음의 입력에도 기울기가 남아 뉴런이 죽지 않습니다. 뉴런마다 지수 함수를 여러 번 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="412"/>
        <source>softplus</source>
        <translation>소프트플러스</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="413"/>
        <source>f(x) = ln(1 + eˣ)</source>
        <translation>f(x) = ln(1 + eˣ)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="414"/>
        <source>f&apos;(x) = σ(x)</source>
        <translation>f&apos;(x) = σ(x)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="415"/>
        <source>(0, ∞)</source>
        <translation>(0, ∞)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="416"/>
        <source>A smooth ReLU: always positive, with derivative σ(x), so the gradient is never exactly 0. For very negative inputs it is tiny, though, and learning there is slow.</source>
        <translation>매끄러운 ReLU입니다. 항상 양수이고 도함수가 σ(x)이므로 기울기가 정확히 0이 되는 일은 없습니다. 다만 아주 작은 음의 입력에서는 기울기가 매우 작아 학습이 느립니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="435"/>
        <source>sine</source>
        <translation>사인</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="436"/>
        <source>f(x) = sin x</source>
        <translation>f(x) = sin x</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="437"/>
        <source>f&apos;(x) = cos x</source>
        <translation>f&apos;(x) = cos x</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="438"/>
        <source>[−1, 1]</source>
        <translation>[−1, 1]</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="439"/>
        <source>Periodic: gradients neither vanish nor explode, but many inputs give the same output. Suits periodic patterns such as spirals; training can be less stable than with ReLU.</source>
        <translation>주기 함수입니다. 기울기가 소실되지도 폭주하지도 않지만, 많은 입력이 같은 출력을 냅니다. 나선 같은 주기적 패턴에 어울리며, ReLU보다 학습이 덜 안정적일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="458"/>
        <source>softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="459"/>
        <source>pₖ = e^(zₖ) / Σᵢ e^(zᵢ)</source>
        <translation>pₖ = e^(zₖ) / Σᵢ e^(zᵢ)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="460"/>
        <source>∂pᵢ/∂zⱼ = pᵢ·(δᵢⱼ − pⱼ), i.e. diag(p) − p·pᵀ</source>
        <translation>∂pᵢ/∂zⱼ = pᵢ·(δᵢⱼ − pⱼ), 즉 diag(p) − p·pᵀ</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="463"/>
        <source>(0, 1), each row sums to 1</source>
        <translation>(0, 1), 각 행의 합은 1</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="466"/>
        <source>Output layer only: turns k scores into k probabilities that sum to 1; pair it with cross-entropy for k classes. Computed after subtracting max(z), so large scores never overflow; adding one constant to every score changes nothing.</source>
        <translation>출력층 전용입니다. k개의 점수를 합이 1인 k개의 확률로 바꿉니다. k개 클래스 분류에서 교차 엔트로피와 함께 씁니다. max(z)를 뺀 뒤 계산하므로 큰 점수에서도 넘침이 없고, 모든 점수에 같은 상수를 더해도 결과는 같습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="500"/>
        <source>maxout</source>
        <translation>맥스아웃</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="501"/>
        <source>f(x) = maxⱼ zⱼ over k pieces,  zⱼ = wⱼᵀx + bⱼ</source>
        <translation>f(x) = k개 조각에 대한 maxⱼ zⱼ,  zⱼ = wⱼᵀx + bⱼ</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="502"/>
        <source>∂f/∂zⱼ = 1 for the winning piece, 0 for the others</source>
        <translation>∂f/∂zⱼ = 이긴 조각은 1, 나머지는 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="508"/>
        <source>Each neuron computes k linear pieces and outputs the largest; ReLU is maxout with one piece fixed at 0. It neither saturates nor dies, but needs k times the weights, and the gradient reaches only the winning piece.</source>
        <translation>각 뉴런이 k개의 선형 조각을 계산해 가장 큰 값을 출력합니다. ReLU는 조각 하나가 0으로 고정된 맥스아웃입니다. 포화되지도 죽지도 않지만 가중치가 k배 필요하고, 기울기는 이긴 조각에만 전달됩니다.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../playground/engine/advice.py" line="56"/>
        <source>The activation “{0}” is not known to this playground.</source>
        <translation>활성화 함수 “{0}”은(는) 이 플레이그라운드에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="62"/>
        <source>The loss “{0}” is not known to this playground.</source>
        <translation>손실 함수 “{0}”은(는) 이 플레이그라운드에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="94"/>
        <source>A softmax output gives class probabilities, and the loss that fits them is {0}. With {1} the network still trains, but the gradient is weak exactly when a prediction is badly wrong.</source>
        <translation>소프트맥스 출력은 클래스 확률을 주며, 여기에 맞는 손실 함수는 {0}입니다. {1}(으)로도 신경망은 학습되지만, 예측이 크게 틀렸을 때 바로 그 기울기가 약합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="112"/>
        <source>{0} expects the outputs to be probabilities that sum to 1, which only a softmax output layer guarantees. Set the output activation to {1}.</source>
        <translation>{0}은(는) 출력이 합이 1인 확률이라고 가정하는데, 이를 보장하는 것은 소프트맥스 출력층뿐입니다. 출력층의 활성화 함수를 {1}(으)로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="131"/>
        <source>{0} scores one yes/no probability, but the output layer has {1} neurons. Use one output for two classes, or softmax with {2} for more.</source>
        <translation>{0}은(는) 예/아니요 확률 하나를 평가하지만, 출력층의 뉴런은 {1}개입니다. 두 클래스에는 출력 하나를, 그보다 많으면 소프트맥스와 {2}을(를) 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="144"/>
        <source>{0} takes the logarithm of the output, so the output must lie in (0, 1), and {1} does not keep it there. Set the output activation to {2}.</source>
        <translation>{0}은(는) 출력의 로그를 취하므로 출력이 (0, 1) 안에 있어야 하는데, {1}은(는) 출력을 그 안에 두지 못합니다. 출력층의 활성화 함수를 {2}(으)로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="170"/>
        <source>{0} works on classes too, but it learns slowly when a prediction is badly wrong, because its gradient is small there. The usual choice is a {1} output with {2}.</source>
        <translation>{0}은(는) 분류에도 쓸 수 있지만, 예측이 크게 틀렸을 때 기울기가 작아서 학습이 느립니다. 흔한 선택은 {1} 출력과 {2}입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="188"/>
        <source>{0} is for classes, but this data has numeric targets. Choose a regression loss such as {1}.</source>
        <translation>{0}은(는) 분류용인데, 이 데이터의 목표값은 수치입니다. {1} 같은 회귀용 손실 함수를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="204"/>
        <source>This data has several classes, but the output layer has one neuron. Give it one neuron per class and a softmax activation.</source>
        <translation>이 데이터에는 클래스가 여럿인데, 출력층의 뉴런은 하나입니다. 클래스마다 뉴런을 하나씩 두고 소프트맥스 활성화 함수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="215"/>
        <source>This data has {0} classes, but the output layer has {1} neurons. It needs exactly one neuron per class.</source>
        <translation>이 데이터에는 클래스가 {0}개인데, 출력층의 뉴런은 {1}개입니다. 클래스마다 정확히 뉴런 하나가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="227"/>
        <source>This data has two classes, which one output neuron describes (the probability of class 1), but the output layer has {0}. Set it to one.</source>
        <translation>이 데이터는 두 클래스이므로 출력 뉴런 하나(클래스 1의 확률)로 나타낼 수 있는데, 출력층의 뉴런은 {0}개입니다. 하나로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="239"/>
        <source>This data has one target value per point, but the output layer has {0} neurons. Set it to one.</source>
        <translation>이 데이터는 점마다 목표값이 하나인데, 출력층의 뉴런은 {0}개입니다. 하나로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="256"/>
        <source>Softmax over a single output is always exactly 1, so the network cannot learn anything. Use one output per class, or one sigmoid output for two classes.</source>
        <translation>출력이 하나인 소프트맥스는 항상 정확히 1이므로 신경망이 아무것도 학습할 수 없습니다. 클래스마다 출력을 하나씩 두거나, 두 클래스라면 시그모이드 출력 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="273"/>
        <source>the {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="277"/>
        <source>{0} in {1} has a derivative of 0 everywhere (and none at the jump), so backpropagation cannot train through it: the loss will not move.</source>
        <translation>{1}의 {0}은(는) 도함수가 모든 곳에서 0이고(도약하는 곳에서는 정의되지 않음), 역전파로는 이 함수를 지나 학습할 수 없습니다. 손실이 줄지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="295"/>
        <source>{0} hidden layers use sigmoid, whose derivative is at most 0.25. Multiplied layer after layer, the gradient vanishes: the layers near the input will barely learn. Try tanh or ReLU in the hidden layers.</source>
        <translation>은닉층 {0}개가 시그모이드를 씁니다. 시그모이드의 도함수는 최대 0.25입니다. 층을 지날 때마다 곱해지면서 기울기가 소실되어, 입력에 가까운 층은 거의 학습하지 못합니다. 은닉층에 tanh나 ReLU를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/advice.py" line="314"/>
        <source>A {0} output can only produce values in {1}, so targets outside that range cannot be reached. Regression usually uses a {2} output.</source>
        <translation>{0} 출력은 {1} 안의 값만 낼 수 있으므로, 그 범위 밖의 목표값에는 도달할 수 없습니다. 회귀에는 보통 {2} 출력을 씁니다.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="151"/>
        <source>The data cannot be used</source>
        <translation>이 데이터는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="179"/>
        <source>No points yet</source>
        <translation>아직 점이 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="180"/>
        <source>click in the data view to add points of the chosen class (Edit points is on), or type them below the plot</source>
        <translation>데이터 보기를 클릭해 고른 클래스의 점을 추가하거나(점 편집이 켜져 있을 때), 그림 아래에 입력하세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="199"/>
        <source>The network cannot be built</source>
        <translation>신경망을 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="285"/>
        <source>That setting cannot be used</source>
        <translation>그 설정은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="308"/>
        <source>Training diverged</source>
        <translation>학습이 발산했습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="385"/>
        <source>Epoch {0} was trained on another network than the one set up now: Live shows this one.</source>
        <translation>에포크 {0}은(는) 지금 설정된 것과 다른 신경망에서 학습되었습니다. 실시간 보기가 지금의 신경망을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/app_controller.py" line="403"/>
        <source>This is a past epoch: press Continue from here to train or edit from it, or Live to go back.</source>
        <translation>지난 에포크입니다. 여기서부터 학습하거나 편집하려면 ‘여기서 계속’을, 돌아가려면 ‘실시간’을 누르세요.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../playground/ui/autosave.py" line="118"/>
        <source>the folder %s cannot be made: %s</source>
        <translation>폴더 %s을(를) 만들 수 없습니다: %s</translation>
    </message>
    <message>
        <location filename="../../playground/ui/autosave.py" line="121"/>
        <source>another playground window is autosaving</source>
        <translation>다른 플레이그라운드 창이 자동 저장하고 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/autosave.py" line="122"/>
        <source>the folder %s cannot be written</source>
        <translation>폴더 %s에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/autosave.py" line="206"/>
        <source>Autosave failed: %s</source>
        <translation>자동 저장 실패: %s</translation>
    </message>
    <message>
        <location filename="../../playground/ui/autosave.py" line="208"/>
        <source>Autosave works again</source>
        <translation>자동 저장이 다시 작동합니다</translation>
    </message>
</context>
<context>
    <name>CanvasEdits</name>
    <message>
        <location filename="../../playground/ui/canvas/edits.py" line="18"/>
        <source>the output layer&apos;s size is set by the data</source>
        <translation>출력층의 크기는 데이터가 정합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/edits.py" line="75"/>
        <source>a hidden layer can only go between the inputs and the output layer</source>
        <translation>은닉층은 입력과 출력층 사이에만 넣을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/edits.py" line="91"/>
        <source>the output layer cannot be removed: the data sets its size</source>
        <translation>출력층은 지울 수 없습니다. 그 크기는 데이터가 정합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/edits.py" line="114"/>
        <source>{0} has only one neuron left; remove the layer instead</source>
        <translation>{0}에는 뉴런이 하나만 남았습니다. 대신 층을 지우세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/edits.py" line="124"/>
        <source>{0} can only be the output layer&apos;s activation</source>
        <translation>{0}은(는) 출력층의 활성화 함수로만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/edits.py" line="140"/>
        <source>the network needs at least one input feature</source>
        <translation>신경망에는 입력 특성이 적어도 하나 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="30"/>
        <source>Add neuron</source>
        <translation>뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="32"/>
        <source>Remove neuron</source>
        <translation>뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="36"/>
        <source>Insert layer before</source>
        <translation>앞에 층 삽입</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="38"/>
        <source>Insert layer after</source>
        <translation>뒤에 층 삽입</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="40"/>
        <source>Remove layer</source>
        <translation>층 제거</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="42"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/menus.py" line="66"/>
        <source>Insert layer after the inputs</source>
        <translation>입력 뒤에 층 삽입</translation>
    </message>
</context>
<context>
    <name>ConceptsDialog</name>
    <message>
        <location filename="../../playground/ui/help.py" line="111"/>
        <source>Activations, losses and optimizers</source>
        <translation>활성화 함수, 손실 함수, 옵티마이저</translation>
    </message>
</context>
<context>
    <name>CrashRestore</name>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="39"/>
        <source>%1 today</source>
        <translation>오늘 %1</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="41"/>
        <source>%1 yesterday</source>
        <translation>어제 %1</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="43"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="51"/>
        <source>Restore the last session?</source>
        <translation>지난 세션을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="53"/>
        <source>&lt;b&gt;Restore the session from %1, epoch %2?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1의 세션(에포크 %2)을 복원할까요?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="55"/>
        <source>The playground did not close properly last time. Restore brings back the session&apos;s network, data, settings, weights and training history; Discard starts a new session and deletes the autosave.</source>
        <translation>지난번에 플레이그라운드가 제대로 닫히지 않았습니다. 복원하면 세션의 신경망, 데이터, 설정, 가중치와 학습 기록이 돌아옵니다. 버리기를 누르면 새 세션을 시작하고 자동 저장 파일을 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="61"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="64"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="84"/>
        <source>The autosave could not be restored: %1</source>
        <translation>자동 저장을 복원할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../playground/ui/crash_restore.py" line="113"/>
        <source>This window is not autosaved (%1): save your work with File → Save.</source>
        <translation>이 창은 자동 저장되지 않습니다(%1). 파일 → 저장으로 작업을 저장하세요.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../playground/ui/dataview.py" line="66"/>
        <source>Custom points</source>
        <translation>직접 찍은 점</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="67"/>
        <source>CSV file…</source>
        <translation>CSV 파일…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="151"/>
        <source>The data to learn from</source>
        <translation>학습할 데이터</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="161"/>
        <source>Noise added to the points (drag, or type any share)</source>
        <translation>점에 더하는 잡음 (끌거나 비율을 입력하세요)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="165"/>
        <source>The share of points used for training; the rest test the network (drag, or type any share)</source>
        <translation>훈련에 쓰는 점의 비율. 나머지는 신경망을 테스트합니다 (끌거나 비율을 입력하세요)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="173"/>
        <source>Number of classes of a k-class dataset</source>
        <translation>k-클래스 데이터셋의 클래스 수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="178"/>
        <source>Number of points to generate</source>
        <translation>만들 점의 수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="180"/>
        <source>Regenerate</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="180"/>
        <source>New random points</source>
        <translation>새 무작위 점</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="182"/>
        <source>Show test data (dark rim)</source>
        <translation>테스트 데이터 표시 (어두운 테두리)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="184"/>
        <source>Test points have a dark rim and are never trained on; training points a white one</source>
        <translation>테스트 점은 테두리가 어둡고 훈련에 쓰이지 않습니다. 훈련 점은 테두리가 흰색입니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="186"/>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="188"/>
        <source>Show only the predicted class, not how sure the network is</source>
        <translation>신경망의 확신 정도 없이 예측한 클래스만 표시합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="191"/>
        <source>Data and decision map</source>
        <translation>데이터와 결정 경계 지도</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="192"/>
        <source>Export dataset as CSV…</source>
        <translation>데이터셋을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="193"/>
        <source>Export decision map as PNG…</source>
        <translation>결정 경계 지도를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="229"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="232"/>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="235"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="238"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="242"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="282"/>
        <source>This data has {0} inputs: only data with two inputs can be drawn in the plane.</source>
        <translation>이 데이터의 입력은 {0}개입니다. 입력이 두 개인 데이터만 평면에 그릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="328"/>
        <source>showing {0} of {1} points</source>
        <translation>점 {1}개 중 {0}개 표시</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="343"/>
        <source>Target: {0} &amp;nbsp;· map: the network&apos;s output</source>
        <translation>목표값: {0} &amp;nbsp;· 지도: 신경망의 출력</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="350"/>
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="354"/>
        <source>map: the predicted class</source>
        <translation>지도: 예측한 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="356"/>
        <source>map: P(class 1), white at 0.5</source>
        <translation>지도: P(클래스 1), 0.5에서 흰색</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="358"/>
        <source>map: class probabilities blended</source>
        <translation>지도: 클래스 확률을 섞은 색</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="410"/>
        <source>there is no dataset yet</source>
        <translation>아직 데이터셋이 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="418"/>
        <source>there is no decision map yet (it needs data with two inputs and a network that builds)</source>
        <translation>아직 결정 경계 지도가 없습니다 (입력이 두 개인 데이터와 만들어지는 신경망이 필요합니다)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="425"/>
        <source>the image could not be written there</source>
        <translation>그곳에 이미지를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="458"/>
        <source>The CSV file cannot be used</source>
        <translation>이 CSV 파일은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="459"/>
        <source>{0} cannot be used: {1}.</source>
        <translation>{0}은(는) 쓸 수 없습니다: {1}.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="467"/>
        <source>Load CSV data</source>
        <translation>CSV 데이터 불러오기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/dataview.py" line="467"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../playground/engine/generators.py" line="57"/>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="59"/>
        <source>Class 1 fills a disc of radius 2.5; class 0 is a ring from 3.5 to 5 around it. No straight line separates them, but x₁² and x₂² make the problem linear.</source>
        <translation>클래스 1은 반지름 2.5인 원판을 채우고, 클래스 0은 그 둘레의 3.5에서 5까지의 고리입니다. 직선 하나로는 나눌 수 없지만, x₁²과 x₂²를 쓰면 선형 문제가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="77"/>
        <source>Exclusive or</source>
        <translation>배타적 논리합(XOR)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="79"/>
        <source>Class 1 where x₁ and x₂ have the same sign, class 0 where they differ. A network without a hidden layer cannot learn it; one hidden layer, or x₁x₂, can.</source>
        <translation>x₁과 x₂의 부호가 같으면 클래스 1, 다르면 클래스 0입니다. 은닉층이 없는 신경망은 이를 학습할 수 없고, 은닉층 하나나 x₁x₂ 입력이 있으면 학습할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="95"/>
        <source>Two Gaussians</source>
        <translation>두 가우시안</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="97"/>
        <source>Two round clusters around (2, 2) (class 1) and (−2, −2) (class 0). A straight line separates them; noise widens the clusters until they overlap.</source>
        <translation>(2, 2) 둘레(클래스 1)와 (−2, −2) 둘레(클래스 0)의 둥근 두 무리입니다. 직선 하나로 나눌 수 있으며, 잡음이 커지면 무리가 넓어져 서로 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="122"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="124"/>
        <source>Two interleaved spiral arms, one per class: the hardest of the binary sets. It needs several hidden layers, or sin(x₁) and sin(x₂) as inputs.</source>
        <translation>클래스마다 하나씩, 서로 감긴 두 나선 팔입니다. 이진 데이터 중 가장 어렵습니다. 은닉층이 여러 개 필요하거나, 입력으로 sin(x₁)과 sin(x₂)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="137"/>
        <source>Blobs (k classes)</source>
        <translation>무리 (k개 클래스)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="139"/>
        <source>k round clusters placed evenly on a circle of radius 3.5, one per class. Softmax outputs with cross-entropy learn it; noise makes neighbours overlap.</source>
        <translation>반지름 3.5인 원 위에 고르게 놓인 k개의 둥근 무리로, 클래스마다 하나씩입니다. 소프트맥스 출력과 교차 엔트로피로 학습할 수 있으며, 잡음이 커지면 이웃한 무리가 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="154"/>
        <source>Spiral (k classes)</source>
        <translation>나선 (k개 클래스)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="156"/>
        <source>k interleaved spiral arms, one per class: a hard multi-class problem.</source>
        <translation>클래스마다 하나씩, 서로 감긴 k개의 나선 팔입니다. 어려운 다중 클래스 문제입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="180"/>
        <source>Plane</source>
        <translation>평면</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="181"/>
        <source>y = (x₁ + x₂) / 12 over the whole square, between −1 and 1: a linear output neuron with no hidden layer fits it exactly. Noise is added to y.</source>
        <translation>정사각형 전체에서 y = (x₁ + x₂) / 12이며 −1과 1 사이입니다. 은닉층 없는 선형 출력 뉴런 하나가 정확히 맞춥니다. y에 잡음이 더해집니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="198"/>
        <source>Multi-Gaussian</source>
        <translation>다중 가우시안</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="199"/>
        <source>y is a sum of six Gaussian bumps of height +1 or −1 in a checkerboard: a curved surface that needs hidden units. Noise is added to y.</source>
        <translation>y는 높이가 +1 또는 −1인 가우시안 봉우리 여섯 개를 바둑판처럼 놓아 더한 값입니다. 은닉 뉴런이 필요한 곡면입니다. y에 잡음이 더해집니다.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../playground/engine/diagnostics.py" line="30"/>
        <source>Dead: this neuron&apos;s input z is at or below 0 for every training point, so its output is constant and its gradient is exactly 0: it no longer learns, and nothing brings it back. Try Leaky ReLU, PReLU or ELU, a smaller learning rate, or He initialisation.</source>
        <translation>죽은 뉴런: 이 뉴런의 입력 z가 모든 훈련 점에서 0 이하이므로 출력이 상수이고 기울기가 정확히 0입니다. 더는 학습하지 않으며, 되살릴 방법도 없습니다. Leaky ReLU, PReLU, ELU나 더 작은 학습률, He 초기화를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/diagnostics.py" line="36"/>
        <source>Saturated: for most training points this neuron&apos;s z is so far from 0 that f′(z) is below 5 % of its largest value, so almost no gradient passes through it and it learns very slowly. Try a smaller learning rate, Xavier initialisation, inputs on a smaller scale, or ReLU in the hidden layers.</source>
        <translation>포화: 대부분의 훈련 점에서 이 뉴런의 z가 0에서 너무 멀어 f′(z)가 최댓값의 5 %보다 작습니다. 기울기가 거의 지나가지 못해 학습이 매우 느립니다. 더 작은 학습률, Xavier 초기화, 더 작은 규모의 입력, 또는 은닉층에 ReLU를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="50"/>
        <source>weights W</source>
        <translation>가중치 W</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="51"/>
        <source>pre-activations z</source>
        <translation>활성화 전 값 z</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="52"/>
        <source>activations a</source>
        <translation>활성화 값 a</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="53"/>
        <source>gradients ∂L/∂W</source>
        <translation>기울기 ∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="57"/>
        <source>No warnings: gradients look healthy.</source>
        <translation>경고 없음: 기울기가 건강해 보입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="58"/>
        <source>Gradient health appears once there is a network and data.</source>
        <translation>신경망과 데이터가 생기면 기울기 상태가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="66"/>
        <source>hidden {0}</source>
        <translation>은닉 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="67"/>
        <location filename="../../playground/ui/diagnostics_view.py" line="89"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="88"/>
        <source>hidden</source>
        <translation>은닉</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="124"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="185"/>
        <source>Which values the histograms count, per layer: z and a on the first training points, W and ∂L/∂W over the layer</source>
        <translation>히스토그램이 층마다 세는 값: z와 a는 처음 몇 개의 훈련 점에서, W와 ∂L/∂W는 층 전체에서</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="200"/>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="276"/>
        <source>mean |∂L/∂W|</source>
        <translation>|∂L/∂W| 평균</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="277"/>
        <source>Per layer, the mean |∂L/∂W| over the training set at the end of each epoch. Input-side curves orders of magnitude below the output&apos;s: a vanishing gradient.</source>
        <translation>층마다, 각 에포크가 끝날 때 훈련 집합 전체에서 잰 |∂L/∂W|의 평균. 입력 쪽 곡선이 출력 쪽보다 몇 자릿수나 낮다면 기울기 소실입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="283"/>
        <source>Per layer, how much each epoch changed the weights against their size. About 1e-3 is healthy; far above, training is unstable; far below, it barely learns.</source>
        <translation>층마다, 각 에포크가 가중치를 그 크기에 비해 얼마나 바꿨는지. 1e-3 정도가 건강합니다. 훨씬 크면 학습이 불안정하고, 훨씬 작으면 거의 학습하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="291"/>
        <source>healthy ≈ 1e−3</source>
        <translation>건강 ≈ 1e−3</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="297"/>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="298"/>
        <source>Update size</source>
        <translation>갱신 크기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="299"/>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="23"/>
        <source>CSV file {0} has more than {1} rows</source>
        <translation>CSV 파일 {0}의 행이 {1}개보다 많습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="52"/>
        <source>{0}: {1} is not a number</source>
        <translation>{0}: {1}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="54"/>
        <source>the data holds values that are not numbers</source>
        <translation>데이터에 수가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="59"/>
        <source>{0}: {1} is not a finite number</source>
        <translation>{0}: {1}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="69"/>
        <source>{0}: column {1} has no name</source>
        <translation>{0}: {1}번째 열에 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="72"/>
        <source>{0}: column name {1} is a number; names must not be</source>
        <translation>{0}: 열 이름 {1}은(는) 수입니다. 이름은 수가 아니어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="76"/>
        <source>{0}: column name {1} is used twice</source>
        <translation>{0}: 열 이름 {1}이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="86"/>
        <source>CSV file {0} is {1} MB; the limit is 50 MB</source>
        <translation>CSV 파일 {0}의 크기가 {1} MB입니다. 한도는 50 MB입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="90"/>
        <source>cannot read CSV file {0}: {1}</source>
        <translation>CSV 파일 {0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="95"/>
        <source>CSV file {0} is not UTF-8 text</source>
        <translation>CSV 파일 {0}은(는) UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="122"/>
        <source>CSV file {0}, line {1}: {2}</source>
        <translation>CSV 파일 {0}, {1}행: {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="125"/>
        <source>CSV file {0} is empty</source>
        <translation>CSV 파일 {0}이(가) 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="129"/>
        <source>line {0} has 1 column; a CSV file needs at least 2 (inputs, then the target), separated by commas</source>
        <translation>{0}행에 열이 1개뿐입니다. CSV 파일에는 쉼표로 구분한 열이 적어도 2개(입력, 그다음 목표값) 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="136"/>
        <source>line {0}</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="139"/>
        <source>line {0} mixes names and numbers: a header row must name every column, a data row must hold only numbers</source>
        <translation>{0}행에 이름과 수가 섞여 있습니다. 머리글 행은 모든 열에 이름을 붙여야 하고, 데이터 행에는 수만 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="143"/>
        <source>CSV file {0} has a header but no data rows</source>
        <translation>CSV 파일 {0}에 머리글은 있지만 데이터 행이 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="149"/>
        <source>line {0} has {1} columns, but line {2} has {3}</source>
        <translation>{0}행의 열은 {1}개인데 {2}행의 열은 {3}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="153"/>
        <source>line {0}, column {1}</source>
        <translation>{0}행 {1}열</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="172"/>
        <source>cannot save inputs of shape {0} with {1} names and targets of shape {2}</source>
        <translation>모양이 {0}인 입력을 이름 {1}개, 모양이 {2}인 목표값과 함께 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="176"/>
        <source>cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/csvfile.py" line="180"/>
        <source>cannot save data holding NaN or infinite values</source>
        <translation>NaN이나 무한대 값이 있는 데이터는 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="37"/>
        <source>no CSV file is chosen</source>
        <translation>CSV 파일을 고르지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="71"/>
        <source>a generated dataset needs at least {0} points</source>
        <translation>만든 데이터셋에는 점이 적어도 {0}개 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="79"/>
        <source>{0} points cannot cover {1} classes; use at least {1} points</source>
        <translation>점 {0}개로는 클래스 {1}개를 모두 담을 수 없습니다. 점을 적어도 {1}개 쓰세요</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="106"/>
        <source>binary targets must be 0 or 1; found {0}</source>
        <translation>이진 분류의 목표값은 0 또는 1이어야 합니다. 찾은 값: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="139"/>
        <source>{0} points are too many; the limit is {1}</source>
        <translation>점 {0}개는 너무 많습니다. 한도는 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="143"/>
        <source>each point needs at least one input and a target; point 1 has 1 value</source>
        <translation>점마다 입력이 적어도 하나와 목표값이 있어야 합니다. 점 1에는 값이 1개뿐입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="147"/>
        <source>point {0} has {1} values, but point 1 has {2}</source>
        <translation>점 {0}에는 값이 {1}개 있지만 점 1에는 {2}개 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/datasets.py" line="149"/>
        <source>point {0}, value {1}</source>
        <translation>점 {0}, 값 {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="218"/>
        <source>cannot read {0}: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="223"/>
        <source>not a text file in UTF-8 (bad byte at {0})</source>
        <translation>UTF-8 텍스트 파일이 아닙니다 (위치 {0}의 잘못된 바이트)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="235"/>
        <source>not valid JSON: {0} at line {1}, column {2}</source>
        <translation>올바른 JSON이 아닙니다: {1}번째 줄, {2}번째 열의 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="239"/>
        <source>not a model file: the JSON is nested too deeply</source>
        <translation>모델 파일이 아닙니다. JSON이 너무 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="244"/>
        <source>not a model file: a number has more than {0} digits</source>
        <translation>모델 파일이 아닙니다: 자릿수가 {0}개보다 많은 수가 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="604"/>
        <source>the key {0} appears twice in one object</source>
        <translation>한 객체에 키 {0}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="618"/>
        <source>the file is too large ({0} MB); a model file may have at most {1} MB</source>
        <translation>파일이 너무 큽니다 ({0} MB). 모델 파일은 최대 {1} MB까지입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/activations.py" line="83"/>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/features.py" line="37"/>
        <source>feature</source>
        <translation>특성</translation>
    </message>
    <message>
        <location filename="../../playground/engine/features.py" line="148"/>
        <source>raw data of shape {0} does not match its {1} column names</source>
        <translation>모양이 {0}인 원본 데이터가 열 이름 {1}개와 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/features.py" line="152"/>
        <source>no input features are chosen; choose at least one</source>
        <translation>고른 입력 특성이 없습니다. 적어도 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../../playground/engine/features.py" line="160"/>
        <source>feature {0} is computed from columns x1 and x2, but the data&apos;s columns are {1}</source>
        <translation>특성 {0}은(는) x1과 x2 열로 계산하는데, 데이터의 열은 {1}입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/features.py" line="167"/>
        <source>unknown feature {0}; this data offers: {1}</source>
        <translation>알 수 없는 특성 {0}. 이 데이터에 있는 특성: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/generators.py" line="42"/>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="32"/>
        <source>initializer</source>
        <translation>초기화 방법</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="89"/>
        <source>loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="48"/>
        <source>the network needs at least one input feature</source>
        <translation>신경망에는 입력 특성이 적어도 하나 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="51"/>
        <source>the network needs an output layer</source>
        <translation>신경망에는 출력층이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="54"/>
        <source>the network has {0} layers; the limit is {1} (hidden layers and the output layer)</source>
        <translation>신경망의 층이 {0}개입니다. 한도는 {1}개입니다(은닉층과 출력층을 합해서)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="60"/>
        <source>{0} needs at least one neuron, not {1}</source>
        <translation>{0}에는 뉴런이 적어도 하나 있어야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="63"/>
        <source>{0} has {1} neurons; the limit is {2} per layer</source>
        <translation>{0}의 뉴런이 {1}개입니다. 한도는 층마다 {2}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="69"/>
        <source>{0} can only be the output layer&apos;s activation ({1})</source>
        <translation>{0}은(는) 출력층의 활성화 함수로만 쓸 수 있습니다({1})</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="73"/>
        <source>{0}: {1} has no parameter {2}</source>
        <translation>{0}: {1}에는 매개변수 {2}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="78"/>
        <source>{0}: {1} parameter {2} must be finite</source>
        <translation>{0}: {1}의 매개변수 {2}은(는) 유한한 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="81"/>
        <source>{0}: maxout needs at least one piece (k ≥ 1)</source>
        <translation>{0}: maxout에는 조각이 적어도 하나 있어야 합니다(k ≥ 1)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="85"/>
        <source>the network would have {0} parameters; the limit is {1} in all (fewer inputs, layers, neurons or maxout pieces make fewer)</source>
        <translation>신경망의 매개변수가 {0}개가 됩니다. 한도는 모두 합해 {1}개입니다(입력, 층, 뉴런이나 maxout 조각을 줄이면 줄어듭니다)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="92"/>
        <source>{0} has no parameter {1}</source>
        <translation>{0}에는 매개변수 {1}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="135"/>
        <source>the weights have {0} layers but the network has {1}</source>
        <translation>가중치는 {0}개 층인데 신경망은 {1}개 층입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="141"/>
        <source>layer {0} has parameters {1}, expected {2}</source>
        <translation>층 {0}의 매개변수가 {1}입니다. {2}이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="148"/>
        <source>layer {0} {1} has shape {2}, expected {3}</source>
        <translation>층 {0}의 {1} 모양이 {2}입니다. {3}이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/network.py" line="152"/>
        <source>layer {0} {1} holds NaN or infinite values</source>
        <translation>층 {0}의 {1}에 NaN 또는 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="54"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/engine/registry.py" line="39"/>
        <source>unknown {0} {1}; known: {2}</source>
        <translation>알 수 없는 {0} {1}. 알려진 값: {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="37"/>
        <source>regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../playground/engine/results.py" line="80"/>
        <source>{0} predictions for {1} points</source>
        <translation>점 {1}개에 대한 예측이 {0}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/results.py" line="82"/>
        <source>a true class lies outside 0…{0}</source>
        <translation>실제 클래스 하나가 0…{0} 밖에 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/results.py" line="83"/>
        <source>a predicted class lies outside 0…{0}</source>
        <translation>예측한 클래스 하나가 0…{0} 밖에 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/results.py" line="125"/>
        <source>the network has {0} outputs; the data needs {1}</source>
        <translation>신경망의 출력은 {0}개인데 데이터에는 {1}개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="99"/>
        <source>pick two different parameters for the loss surface</source>
        <translation>손실 곡면에 쓸 서로 다른 매개변수 두 개를 고르세요</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="112"/>
        <source>there is no layer {0}; the network has {1}</source>
        <translation>층 {0}이(가) 없습니다. 신경망의 층은 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="115"/>
        <source>a loss-surface parameter is a weight W or a bias b, not {0}</source>
        <translation>손실 곡면의 매개변수는 가중치 W나 편향 b입니다({0}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="123"/>
        <source>layer {0} {1} has shape {2}; no index {3}</source>
        <translation>층 {0}의 {1}은(는) 모양이 {2}입니다. 인덱스 {3}은(는) 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="155"/>
        <source>random directions need non-zero weights in some layer with at least two of them</source>
        <translation>무작위 방향에는 가중치가 둘 이상인 어떤 층에 0이 아닌 가중치가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="175"/>
        <source>the loss surface needs an odd resolution of at least 3, not {0}</source>
        <translation>손실 곡면의 해상도는 3 이상의 홀수여야 합니다({0}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="180"/>
        <source>the loss surface&apos;s span must be a positive number, not {0}</source>
        <translation>손실 곡면의 범위는 양수여야 합니다({0}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="183"/>
        <source>the loss surface needs at least one training point</source>
        <translation>손실 곡면에는 훈련 점이 적어도 하나 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/surface.py" line="263"/>
        <source>an optimizer path needs at least one step, not {0}</source>
        <translation>옵티마이저 경로에는 스텝이 적어도 하나 있어야 합니다({0}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="30"/>
        <source>the training data has {0} input columns but the network has {1} inputs</source>
        <translation>훈련 데이터의 입력 열은 {0}개인데 신경망의 입력은 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="32"/>
        <source>the training targets have {0} columns but the network has {1} outputs</source>
        <translation>훈련 목표값의 열은 {0}개인데 신경망의 출력은 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="36"/>
        <source>the test data has {0} input columns but the network has {1} inputs</source>
        <translation>테스트 데이터의 입력 열은 {0}개인데 신경망의 입력은 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="38"/>
        <source>the test targets have {0} columns but the network has {1} outputs</source>
        <translation>테스트 목표값의 열은 {0}개인데 신경망의 출력은 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="94"/>
        <source>unknown task {0}; known: {1}</source>
        <translation>알 수 없는 과제 {0}. 알려진 값: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="97"/>
        <source>there are no training points</source>
        <translation>훈련 점이 없습니다</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../playground/ui/exports.py" line="57"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="58"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="59"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="60"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 모델 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="62"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="86"/>
        <location filename="../../playground/ui/exports.py" line="99"/>
        <source>the image could not be written there</source>
        <translation>그곳에 이미지를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="96"/>
        <source>Exported from the Neural Network Playground</source>
        <translation>신경망 플레이그라운드에서 내보냄</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="122"/>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="125"/>
        <source>Export as SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="163"/>
        <source>Could not export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/exports.py" line="165"/>
        <source>Exported {0}</source>
        <translation>{0}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="39"/>
        <source>Playground model (*.json);;All files (*)</source>
        <translation>플레이그라운드 모델 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="61"/>
        <source>&amp;New session</source>
        <translation>새 세션(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="63"/>
        <source>&amp;Open session or model…</source>
        <translation>세션이나 모델 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="65"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="67"/>
        <source>&amp;Save session</source>
        <translation>세션 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="69"/>
        <source>Save session &amp;as…</source>
        <translation>다른 이름으로 세션 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="71"/>
        <source>&amp;Export trained weights…</source>
        <translation>학습된 가중치 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="73"/>
        <source>Export as &amp;ONNX…</source>
        <translation>ONNX로 내보내기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="75"/>
        <source>The trained network as an ONNX model, for ONNX Runtime and other frameworks</source>
        <translation>학습된 신경망을 ONNX 모델로 (ONNX Runtime과 다른 프레임워크용)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="79"/>
        <source>Needs the onnx package, which is not installed: choose it to see how to get it</source>
        <translation>onnx 패키지가 필요한데 설치되어 있지 않습니다. 고르면 설치하는 방법을 알려 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="87"/>
        <source>Open session or model</source>
        <translation>세션이나 모델 열기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="106"/>
        <source>Unsaved work</source>
        <translation>저장하지 않은 작업</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="107"/>
        <source>This session has changes and training that are not saved. Save them first?</source>
        <translation>이 세션에는 저장하지 않은 변경과 학습이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="140"/>
        <source>Export trained weights</source>
        <translation>학습된 가중치 내보내기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="153"/>
        <source>the network has no weights yet; fix the problem shown above the canvas first</source>
        <translation>신경망에 아직 가중치가 없습니다. 먼저 캔버스 위에 표시된 문제를 고치세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="159"/>
        <source>Cannot export as ONNX</source>
        <translation>ONNX로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="163"/>
        <source>Export as ONNX</source>
        <translation>ONNX로 내보내기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="170"/>
        <source>Could not export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="173"/>
        <source>Exported {0} (ONNX)</source>
        <translation>{0}(으)로 내보냈습니다 (ONNX)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="183"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="192"/>
        <location filename="../../playground/ui/file_actions.py" line="199"/>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="192"/>
        <source>{0} is a file shipped with the playground; save your session under another name</source>
        <translation>{0}은(는) 플레이그라운드에 들어 있는 파일입니다. 세션을 다른 이름으로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="205"/>
        <source>Saved {0}</source>
        <translation>{0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="215"/>
        <source>Could not open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="226"/>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="236"/>
        <source>Could not open the preset</source>
        <translation>프리셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/file_actions.py" line="243"/>
        <source>Opened the preset “%1”</source>
        <translation>프리셋 “%1”을(를) 열었습니다</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../playground/files.py" line="36"/>
        <source>too large ({0} MB)</source>
        <translation>너무 큽니다({0} MB)</translation>
    </message>
    <message>
        <location filename="../../playground/files.py" line="45"/>
        <source>its name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/files.py" line="47"/>
        <source>its name holds a NUL character</source>
        <translation>이름에 NUL 문자가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/files.py" line="51"/>
        <source>its name holds a lone surrogate, which is not text</source>
        <translation>이름에 짝이 없는 서로게이트가 들어 있어 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/files.py" line="70"/>
        <source>not found</source>
        <translation>찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/files.py" line="80"/>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../playground/files.py" line="82"/>
        <source>not a regular file (a device, a FIFO or a socket)</source>
        <translation>일반 파일이 아닙니다(장치, FIFO 또는 소켓)</translation>
    </message>
</context>
<context>
    <name>GettingStartedTour</name>
    <message>
        <location filename="../../playground/ui/tour.py" line="76"/>
        <source>The network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="77"/>
        <source>Inputs on the left, the output on the right. + layer and − layer add and remove hidden layers, − and + above a layer its neurons. A link&apos;s colour is its weight&apos;s sign, its width the weight&apos;s size; click a link or a bias to edit it.</source>
        <translation>왼쪽이 입력, 오른쪽이 출력입니다. + 층과 − 층 버튼은 은닉층을 더하고 빼며, 층 위의 −와 +는 그 층의 뉴런을 더하고 뺍니다. 연결선의 색은 가중치의 부호, 굵기는 가중치의 크기입니다. 연결선이나 편향을 클릭하면 값을 고칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="81"/>
        <source>Activations and the loss</source>
        <translation>활성화 함수와 손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="82"/>
        <source>Pick a layer here or on the canvas and choose its activation; below, the loss. The plot under Explained draws the function and its derivative, with a note on what each one is good for.</source>
        <translation>여기나 캔버스에서 층을 고르고 그 활성화 함수를 선택하세요. 아래에서는 손실 함수를 고릅니다. 설명 아래의 그래프는 함수와 도함수를 그리고, 각각이 어디에 좋은지 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="85"/>
        <source>The data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="86"/>
        <source>The points to learn, over the network&apos;s output as a colour map. Choose the data set, its noise and how many points to train on; click a point to follow it through the network.</source>
        <translation>학습할 점들이 신경망 출력의 색 지도 위에 있습니다. 데이터 집합과 잡음, 학습에 쓸 점의 수를 고르세요. 점을 클릭하면 그 점이 신경망을 지나는 과정을 따라갈 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="89"/>
        <source>Play, and the curves</source>
        <translation>재생과 곡선</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="90"/>
        <source>Play trains (Space), Step trains one epoch, Reset draws fresh weights. The Curves tab follows the training and test loss and the accuracy, epoch by epoch.</source>
        <translation>재생(Space)은 학습을 시작하고, 한 단계는 에포크 하나만 학습하며, 초기화는 새 가중치를 뽑습니다. 곡선 탭은 훈련 손실과 테스트 손실, 정확도를 에포크마다 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="95"/>
        <source>The inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="96"/>
        <source>One training point&apos;s forward and backward pass, node by node: every z, a, f′(z) and ∂L/∂W with the numbers that made it. Inspect → Inspector (Ctrl+I) opens it; N steps the backward pass.</source>
        <translation>훈련 점 하나의 순전파와 역전파를 노드마다 보여 줍니다. 모든 z, a, f′(z), ∂L/∂W를 그 값을 만든 숫자와 함께 보여 줍니다. 검사 → 인스펙터(Ctrl+I)로 열고, N으로 역전파를 한 단계씩 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="100"/>
        <source>The Gradients tab</source>
        <translation>기울기 탭</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="101"/>
        <source>How well the gradient reaches each layer: the mean |∂L/∂W| per layer, the update size and histograms, with a warning when gradients vanish or explode or neurons die. The presets under Presets → Gradients show each case.</source>
        <translation>기울기가 각 층에 얼마나 잘 도달하는지 보여 줍니다. 층마다의 |∂L/∂W| 평균, 갱신 크기, 히스토그램이 있으며, 기울기가 소실되거나 폭주하거나 뉴런이 죽으면 경고합니다. 프리셋 → 기울기 아래의 프리셋이 각 경우를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="119"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="120"/>
        <location filename="../../playground/ui/tour.py" line="158"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="121"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="151"/>
        <source>Getting started: step %1 of %2</source>
        <translation>시작하기: %2단계 중 %1단계</translation>
    </message>
    <message>
        <location filename="../../playground/ui/tour.py" line="158"/>
        <source>Done</source>
        <translation>마침</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../playground/ui/help.py" line="22"/>
        <source>A layer computes &lt;i&gt;z = x·W + b&lt;/i&gt; and then &lt;i&gt;a = f(z)&lt;/i&gt;. Training runs forward to the loss, then backward by the chain rule: at every node, &lt;b&gt;downstream gradient = local gradient × upstream gradient&lt;/b&gt;, and each weight moves by &lt;i&gt;W ← W − α·∂L/∂W&lt;/i&gt;. Regression → the MSE family; two classes → sigmoid + BCE; k classes → softmax + cross-entropy. Accuracy is what people care about, but it has no useful gradient: the loss gives the direction.</source>
        <translation>층은 &lt;i&gt;z = x·W + b&lt;/i&gt;를 계산한 뒤 &lt;i&gt;a = f(z)&lt;/i&gt;를 계산합니다. 학습은 손실까지 순방향으로 계산한 다음, 연쇄 법칙에 따라 역방향으로 진행합니다. 모든 노드에서 &lt;b&gt;하류 기울기 = 국소 기울기 × 상류 기울기&lt;/b&gt;이고, 각 가중치는 &lt;i&gt;W ← W − α·∂L/∂W&lt;/i&gt;만큼 움직입니다. 회귀 → MSE 계열, 두 클래스 → 시그모이드 + BCE, k개 클래스 → 소프트맥스 + 교차 엔트로피. 사람들이 관심을 두는 것은 정확도이지만, 정확도에는 쓸모 있는 기울기가 없습니다. 방향은 손실이 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="36"/>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="37"/>
        <source>classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="57"/>
        <source>cannot be trained by backprop</source>
        <translation>역전파로 학습할 수 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="59"/>
        <source>output layer only</source>
        <translation>출력층 전용</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="62"/>
        <source>parameters: {0}</source>
        <translation>매개변수: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="68"/>
        <source>How a network learns</source>
        <translation>신경망은 어떻게 학습하는가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="69"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="71"/>
        <source>range {0}</source>
        <translation>범위 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="82"/>
        <source>Losses</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="84"/>
        <source>for {0}</source>
        <translation>{0}용</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="92"/>
        <source>Optimizers</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="93"/>
        <source>Initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/ui/help.py" line="94"/>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
</context>
<context>
    <name>HistogramGrid</name>
    <message>
        <location filename="../../playground/ui/diagnostics_view.py" line="194"/>
        <source>Histograms per layer</source>
        <translation>층별 히스토그램</translation>
    </message>
</context>
<context>
    <name>Initializers</name>
    <message>
        <location filename="../../playground/engine/initializers.py" line="38"/>
        <source>Xavier / Glorot</source>
        <translation>Xavier / Glorot</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="39"/>
        <source>W ~ U(±√(6/(fan_in+fan_out))), b = 0</source>
        <translation>W ~ U(±√(6/(fan_in+fan_out))), b = 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="40"/>
        <source>Keeps tanh and sigmoid signals in range from one layer to the next.</source>
        <translation>tanh와 시그모이드의 신호가 층에서 층으로 넘어가도 적당한 범위에 머물게 합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="52"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="53"/>
        <source>W ~ N(0, 2/fan_in), b = 0</source>
        <translation>W ~ N(0, 2/fan_in), b = 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="54"/>
        <source>Made for ReLU-like activations, which pass on only about half of their inputs.</source>
        <translation>입력의 절반 정도만 통과시키는 ReLU 계열 활성화 함수를 위해 만들어졌습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="66"/>
        <source>Uniform ±0.5</source>
        <translation>균등 분포 ±0.5</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="67"/>
        <source>W, b ~ U(−0.5, 0.5)</source>
        <translation>W, b ~ U(−0.5, 0.5)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="68"/>
        <source>One fixed range for weights and biases alike, however wide the layer is.</source>
        <translation>층의 너비와 상관없이 가중치와 편향 모두에 같은 고정 범위를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="80"/>
        <source>Zeros</source>
        <translation>영(0)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="81"/>
        <source>W = 0, b = 0</source>
        <translation>W = 0, b = 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/initializers.py" line="82"/>
        <source>Every neuron in a layer gets the same gradient, so they all stay identical (symmetry): each layer acts as a single neuron.</source>
        <translation>한 층의 모든 뉴런이 같은 기울기를 받아 계속 똑같이 남습니다(대칭). 각 층이 뉴런 하나처럼 동작합니다.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="45"/>
        <location filename="../../playground/ui/inspector/check.py" line="87"/>
        <source>this sample</source>
        <translation>이 샘플</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="47"/>
        <source>the training set (up to {0} points)</source>
        <translation>훈련 집합 (최대 {0}개 점)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="48"/>
        <source>Check the gradients</source>
        <translation>기울기 검사</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="49"/>
        <source>Compare every gradient backprop computed with central differences (L(θ + h) − L(θ − h)) / 2h</source>
        <translation>역전파가 계산한 모든 기울기를 중심 차분 (L(θ + h) − L(θ − h)) / 2h와 비교합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="54"/>
        <source>Backprop&apos;s gradients are checked against the slope of the loss measured by nudging each parameter up and down a little. Press the button.</source>
        <translation>역전파의 기울기를, 매개변수를 하나씩 조금 올리고 내려서 잰 손실의 기울기와 비교합니다. 버튼을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="77"/>
        <source>The step activation&apos;s derivative is 0 everywhere (and undefined at 0): backprop passes no gradient through it, so there is nothing to check, and this network cannot be trained by gradient descent.</source>
        <translation>계단 활성화 함수의 도함수는 모든 곳에서 0입니다(0에서는 정의되지 않음). 역전파가 이 함수를 지나 기울기를 전달하지 못하므로 검사할 것이 없고, 이 신경망은 경사 하강법으로 학습할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="84"/>
        <location filename="../../playground/ui/inspector/exercise.py" line="115"/>
        <source>Choose a sample first.</source>
        <translation>먼저 샘플을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="92"/>
        <source>{0} training points</source>
        <translation>훈련 점 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="103"/>
        <source>agrees</source>
        <translation>일치</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="103"/>
        <source>differs</source>
        <translation>불일치</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="109"/>
        <source>On {0}, every gradient backprop computed agrees with the numerical slope to a relative error below {1}: the chain rule shown in the Backward tab is the derivative of this loss.</source>
        <translation>{0}에서, 역전파가 계산한 모든 기울기가 수치 기울기와 상대 오차 {1} 이내로 일치합니다. 역방향 탭에 보이는 연쇄 법칙이 이 손실의 도함수입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="114"/>
        <source>On {0}, some gradients differ from the numerical slope by more than {1}. Near a kink (ReLU at 0, maxout ties, step) the numerical slope is not the derivative, so a few such points are expected there.</source>
        <translation>{0}에서, 일부 기울기가 수치 기울기와 {1}보다 더 차이 납니다. 꺾이는 점(0에서의 ReLU, 맥스아웃의 동점, 계단) 근처에서는 수치 기울기가 도함수가 아니므로, 그런 점이 몇 개 있는 것은 예상된 일입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="119"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/check.py" line="120"/>
        <source>largest relative error</source>
        <translation>가장 큰 상대 오차</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="31"/>
        <source>Forward values z and a</source>
        <translation>순전파 값 z와 a</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="32"/>
        <source>The loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="33"/>
        <source>Local gradients f′(z)</source>
        <translation>국소 기울기 f′(z)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="34"/>
        <source>Upstream gradients ∂L/∂a</source>
        <translation>상류 기울기 ∂L/∂a</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="36"/>
        <source>Downstream gradients ∂L/∂z</source>
        <translation>하류 기울기 ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="37"/>
        <source>Weight and bias gradients</source>
        <translation>가중치와 편향의 기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="39"/>
        <source>Updated weights</source>
        <translation>갱신된 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="63"/>
        <source>What to work out</source>
        <translation>풀어 볼 값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="73"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="74"/>
        <source>Work out the chosen values of this sample yourself</source>
        <translation>이 샘플에서 고른 값을 직접 계산해 보세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="81"/>
        <source>your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="83"/>
        <location filename="../../playground/ui/inspector/panel.py" line="147"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="120"/>
        <source>Start again</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="130"/>
        <source>“{0}” is not a number.</source>
        <translation>“{0}”은(는) 수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="137"/>
        <source>Right: {0}</source>
        <translation>정답: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="140"/>
        <source>Not quite (you typed {0}):</source>
        <translation>아쉽습니다 (입력한 값 {0}):</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="148"/>
        <source>The sample or the weights changed: press Start again to work on them.</source>
        <translation>샘플이나 가중치가 바뀌었습니다. 다시 시작을 눌러 새 값으로 풀어 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="159"/>
        <source>Choose what to work out and press Start: the inspector then hides those values of the current sample, in the order of the calculation, and checks what you type (within 0.1 %, or 0.0001 near zero).</source>
        <translation>풀어 볼 값을 고르고 시작을 누르세요. 인스펙터가 현재 샘플의 그 값들을 계산 순서대로 가리고, 입력한 답을 확인합니다(0.1 % 이내, 0 근처에서는 0.0001 이내).</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="179"/>
        <source>Score {0} / {1}</source>
        <translation>점수 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/exercise.py" line="182"/>
        <source>Done: {0} of {1} right.</source>
        <translation>끝: {1}개 중 {0}개 정답.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/graph.py" line="81"/>
        <source>f′ = {0}</source>
        <translation>f′ = {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/graph.py" line="121"/>
        <source>Choose a sample, then a neuron to expand.</source>
        <translation>샘플을 고른 다음, 펼쳐 볼 뉴런을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/graph.py" line="179"/>
        <source>The neuron to expand</source>
        <translation>펼쳐 볼 뉴런</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/graph.py" line="182"/>
        <source>Values above the arrows (forward); gradients below, in red, once the backward pass has reached the neuron.</source>
        <translation>화살표 위는 값(순전파), 아래의 빨간 숫자는 역전파가 그 뉴런에 도달한 뒤의 기울기입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/model.py" line="130"/>
        <source>this data has {0} inputs, not {1}</source>
        <translation>이 데이터의 입력은 {0}개이며, {1}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/model.py" line="134"/>
        <source>inputs and target must be finite numbers</source>
        <translation>입력과 목표값은 유한한 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/model.py" line="150"/>
        <source>the class must be a whole number from 0 to {0}</source>
        <translation>클래스는 0부터 {0}까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/model.py" line="197"/>
        <source>The network is being built.</source>
        <translation>신경망을 만드는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/model.py" line="199"/>
        <source>Click a point in the data view, step through the training points with the arrow buttons, or type a point.</source>
        <translation>데이터 보기에서 점을 클릭하거나, 화살표 버튼으로 훈련 점을 넘기거나, 점을 직접 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/model.py" line="220"/>
        <source>the network&apos;s outputs do not match this data yet</source>
        <translation>신경망의 출력이 아직 이 데이터와 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="48"/>
        <source>write the inputs, a semicolon, then the target: 1, 1; 0</source>
        <translation>입력, 세미콜론, 목표값 순으로 쓰세요: 1, 1; 0</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="57"/>
        <source>the inputs and the target must be numbers</source>
        <translation>입력과 목표값은 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="62"/>
        <source>give at least one input before the semicolon</source>
        <translation>세미콜론 앞에 입력을 하나 이상 쓰세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="69"/>
        <source>training point {0} of {1}</source>
        <translation>훈련 점 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="74"/>
        <source>test point {0}</source>
        <translation>테스트 점 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="76"/>
        <source>typed point</source>
        <translation>입력한 점</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="77"/>
        <source>{0}: x = ({1}), target {2}</source>
        <translation>{0}: x = ({1}), 목표값 {2}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="98"/>
        <source>Previous training point ([)</source>
        <translation>이전 훈련 점 ([)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="103"/>
        <source>Next training point (])</source>
        <translation>다음 훈련 점 (])</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="105"/>
        <source>type a point: x₁, x₂; target</source>
        <translation>점 입력: x₁, x₂; 목표값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="109"/>
        <source>Inputs separated by commas, a semicolon, then the target (class number or value), e.g. 1, 1; 0. Press Enter.</source>
        <translation>쉼표로 구분한 입력, 세미콜론, 목표값(클래스 번호나 값) 순으로 씁니다. 예: 1, 1; 0. Enter를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="115"/>
        <source>Follow training</source>
        <translation>학습 따라가기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="116"/>
        <source>Show this sample at the latest weights while training</source>
        <translation>학습하는 동안 최신 가중치로 이 샘플을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="121"/>
        <source>Differentiate ŷ itself</source>
        <translation>ŷ 자체를 미분</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="122"/>
        <source>Backpropagate ∂ŷ/∂ŷ = 1 instead of a loss&apos;s gradient, as in a computational-graph exercise such as f = (x + y)·z</source>
        <translation>손실의 기울기 대신 ∂ŷ/∂ŷ = 1을 역전파합니다. f = (x + y)·z 같은 계산 그래프 연습과 같습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="126"/>
        <source>Close the inspector (Ctrl+I)</source>
        <translation>인스펙터 닫기 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="142"/>
        <source>Forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="143"/>
        <source>Backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="144"/>
        <source>Update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="145"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="146"/>
        <source>Exercise</source>
        <translation>연습</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="149"/>
        <source>Every neuron&apos;s z and a, the prediction and the loss</source>
        <translation>모든 뉴런의 z와 a, 예측과 손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="150"/>
        <source>The chain rule node by node, from the loss back to the inputs</source>
        <translation>손실에서 입력까지 노드마다 적용하는 연쇄 법칙</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="154"/>
        <source>The plain-SGD step on this sample, and Apply this step</source>
        <translation>이 샘플에 대한 기본 SGD 한 단계와 이 단계 적용</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="155"/>
        <source>One neuron expanded into its computational graph</source>
        <translation>뉴런 하나를 계산 그래프로 펼친 모습</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="156"/>
        <source>Work the values out yourself; the app checks them</source>
        <translation>값을 직접 계산하면 앱이 확인합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="157"/>
        <source>Backprop against numerical gradients</source>
        <translation>역전파와 수치 기울기의 비교</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="172"/>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="192"/>
        <source>Restart</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="194"/>
        <source>◀ Node</source>
        <translation>◀ 노드</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="195"/>
        <source>Back one node (Shift+N)</source>
        <translation>한 노드 뒤로 (Shift+N)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="197"/>
        <source>Next node ▶</source>
        <translation>다음 노드 ▶</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="198"/>
        <source>Backpropagate through the next node (N)</source>
        <translation>다음 노드로 역전파 (N)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="203"/>
        <source>All at once</source>
        <translation>한꺼번에</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="204"/>
        <source>Show the whole backward pass (Ctrl+N)</source>
        <translation>역전파 전체 보기 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="221"/>
        <source>Apply this step</source>
        <translation>이 단계 적용</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="222"/>
        <source>Perform exactly this plain-SGD update on this one sample: W ← W − α·∂L/∂W</source>
        <translation>이 샘플 하나에 대해 정확히 이 기본 SGD 갱신을 수행합니다: W ← W − α·∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="267"/>
        <source>Not inspected: {0}.</source>
        <translation>검사하지 않음: {0}.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="286"/>
        <source>no sample chosen</source>
        <translation>고른 샘플 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="311"/>
        <source>Weights of epoch {0}.</source>
        <translation>에포크 {0}의 가중치.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="320"/>
        <source>Prediction ŷ = {0}; no loss: ŷ itself is differentiated.</source>
        <translation>예측 ŷ = {0}. 손실 없음: ŷ 자체를 미분합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="326"/>
        <source>Prediction and loss</source>
        <translation>예측과 손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="327"/>
        <source>ŷ = {0}, target y = {1}</source>
        <translation>ŷ = {0}, 목표값 y = {1}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="348"/>
        <source>{0} nodes to go, from the output back</source>
        <translation>남은 노드 {0}개, 출력에서부터 거꾸로</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="355"/>
        <source>Node {0} of {1}: {2}, {3}</source>
        <translation>노드 {0} / {1}: {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="357"/>
        <source>At every node: downstream gradient = local gradient × upstream gradient.</source>
        <translation>모든 노드에서: 하류 기울기 = 국소 기울기 × 상류 기울기.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="369"/>
        <source>To the inputs</source>
        <translation>입력까지</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="379"/>
        <source>Plain SGD on this sample, learning rate α = {0}</source>
        <translation>이 샘플에 대한 기본 SGD, 학습률 α = {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="387"/>
        <source>With ŷ itself differentiated there is no loss to descend; the update below only shows the arithmetic.</source>
        <translation>ŷ 자체를 미분하므로 내려갈 손실이 없습니다. 아래의 갱신은 계산만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="400"/>
        <source>The step just applied</source>
        <translation>방금 적용한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="401"/>
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/panel.py" line="401"/>
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="27"/>
        <source>sum z</source>
        <translation>합 z</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="28"/>
        <source>weighted sum z = Σ w·x + b</source>
        <translation>가중합 z = Σ w·x + b</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="31"/>
        <source>output a</source>
        <translation>출력 a</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="32"/>
        <source>activation a = f(z)</source>
        <translation>활성화 a = f(z)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="35"/>
        <location filename="../../playground/ui/inspector/render.py" line="36"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="39"/>
        <source>upstream</source>
        <translation>상류</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="40"/>
        <source>upstream gradient ∂L/∂a</source>
        <translation>상류 기울기 ∂L/∂a</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="43"/>
        <source>local</source>
        <translation>국소</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="44"/>
        <source>local gradient f′(z)</source>
        <translation>국소 기울기 f′(z)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="47"/>
        <source>downstream</source>
        <translation>하류</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="48"/>
        <source>downstream gradient ∂L/∂z = f′(z) · ∂L/∂a</source>
        <translation>하류 기울기 ∂L/∂z = f′(z) · ∂L/∂a</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="51"/>
        <source>weight grad.</source>
        <translation>가중치 기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="52"/>
        <source>weight gradient ∂L/∂w = a_prev · ∂L/∂z</source>
        <translation>가중치 기울기 ∂L/∂w = a_prev · ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="55"/>
        <source>bias grad.</source>
        <translation>편향 기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="56"/>
        <source>bias gradient ∂L/∂b = ∂L/∂z</source>
        <translation>편향 기울기 ∂L/∂b = ∂L/∂z</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="59"/>
        <source>α grad.</source>
        <translation>α 기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="60"/>
        <source>gradient of a learned activation parameter</source>
        <translation>학습되는 활성화 매개변수의 기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="63"/>
        <source>to input</source>
        <translation>입력으로</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="64"/>
        <source>gradient reaching the input ∂L/∂x</source>
        <translation>입력에 도달한 기울기 ∂L/∂x</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="67"/>
        <source>new weight</source>
        <translation>새 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="68"/>
        <source>updated weight w − α·∂L/∂w</source>
        <translation>갱신된 가중치 w − α·∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="71"/>
        <source>new bias</source>
        <translation>새 편향</translation>
    </message>
    <message>
        <location filename="../../playground/ui/inspector/render.py" line="72"/>
        <source>updated bias b − α·∂L/∂b</source>
        <translation>갱신된 편향 b − α·∂L/∂b</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../playground/ui/language.py" line="155"/>
        <source>&amp;Language (from the next start)</source>
        <translation>언어(&amp;L) (다음 시작부터)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/language.py" line="161"/>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/language.py" line="182"/>
        <source>Language: {0}. It applies from the next start of the playground.</source>
        <translation>언어: {0}. 플레이그라운드를 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../../playground/engine/spec.py" line="355"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="356"/>
        <source>Output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="358"/>
        <source>Hidden {0}</source>
        <translation>은닉 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="359"/>
        <source>Hidden layer {0}</source>
        <translation>은닉층 {0}</translation>
    </message>
</context>
<context>
    <name>LinkModes</name>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="41"/>
        <source>width: |{0}| up to {1}</source>
        <translation>두께: |{0}| 최대 {1}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="49"/>
        <source>weight w</source>
        <translation>가중치 w</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="50"/>
        <source>Links: width shows |w|, colour the sign of the weight.</source>
        <translation>연결선: 두께는 |w|, 색은 가중치의 부호를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="52"/>
        <source>no weights yet</source>
        <translation>아직 가중치 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="53"/>
        <source>gradient ∂L/∂w</source>
        <translation>기울기 ∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="55"/>
        <source>Links: width shows |∂L/∂w| over the training set, colour its sign. Thin links near the input while those near the output are wide: a vanishing gradient.</source>
        <translation>연결선: 두께는 훈련 집합 전체에 대한 |∂L/∂w|, 색은 그 부호를 나타냅니다. 입력 가까이의 연결선은 가늘고 출력 가까이의 연결선은 두껍다면 기울기 소실입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="60"/>
        <source>no gradients yet</source>
        <translation>아직 기울기 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="61"/>
        <source>last update Δw</source>
        <translation>마지막 갱신 Δw</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="62"/>
        <source>Links: width shows |Δw|, how much the last epoch changed each weight, colour the sign of the change.</source>
        <translation>연결선: 두께는 마지막 에포크가 각 가중치를 바꾼 크기 |Δw|, 색은 변화의 부호를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/link_modes.py" line="66"/>
        <source>no update yet: train an epoch</source>
        <translation>아직 갱신 없음: 한 에포크를 학습하세요</translation>
    </message>
</context>
<context>
    <name>LossCurves</name>
    <message>
        <location filename="../../playground/ui/curves.py" line="45"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="130"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="131"/>
        <source>Show the loss on a logarithmic axis</source>
        <translation>손실을 로그 축에 표시합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="135"/>
        <source>Latest values: &lt;span style=&quot;color:{0}&quot;&gt;train&lt;/span&gt; / &lt;span style=&quot;color:{1}&quot;&gt;test&lt;/span&gt;</source>
        <translation>최근 값: &lt;span style=&quot;color:{0}&quot;&gt;훈련&lt;/span&gt; / &lt;span style=&quot;color:{1}&quot;&gt;테스트&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="146"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="147"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="169"/>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="169"/>
        <location filename="../../playground/ui/curves.py" line="348"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="175"/>
        <source>Loss and metric curves</source>
        <translation>손실과 지표 곡선</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="176"/>
        <source>Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="178"/>
        <source>Drag or scroll to look closer; double-click to follow the training again</source>
        <translation>끌거나 스크롤해 자세히 보세요. 두 번 클릭하면 다시 학습을 따라갑니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="359"/>
        <source>No epochs yet</source>
        <translation>아직 에포크가 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="373"/>
        <source>&lt;b&gt;Loss&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;손실&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/curves.py" line="375"/>
        <source>&lt;i&gt;Epoch {0}&lt;/i&gt; · {1}</source>
        <translation>&lt;i&gt;에포크 {0}&lt;/i&gt; · {1}</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../playground/engine/losses.py" line="95"/>
        <source>SSE</source>
        <translation>오차제곱합 (SSE)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="96"/>
        <source>L = ½·Σ(ŷ − y)²</source>
        <translation>L = ½·Σ(ŷ − y)²</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="97"/>
        <source>∂L/∂ŷ = ŷ − y</source>
        <translation>∂L/∂ŷ = ŷ − y</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="99"/>
        <source>Sum of squared errors, halved so that the gradient is simply ŷ − y. For regression like MSE, but it grows with the number of samples, so the learning rate must shrink as the data grow.</source>
        <translation>오차 제곱의 합을 절반으로 나눈 값이어서 기울기가 그냥 ŷ − y입니다. MSE처럼 회귀에 쓰지만 샘플 수에 따라 커지므로, 데이터가 많아질수록 학습률을 줄여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="123"/>
        <source>MSE (L2)</source>
        <translation>평균 제곱 오차 (MSE, L2)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="124"/>
        <source>L = (1/N)·Σ(y − ŷ)²,  N = samples × outputs</source>
        <translation>L = (1/N)·Σ(y − ŷ)²,  N = 샘플 수 × 출력 수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="125"/>
        <source>∂L/∂ŷ = (2/N)·(ŷ − y)</source>
        <translation>∂L/∂ŷ = (2/N)·(ŷ − y)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="127"/>
        <source>For regression with Gaussian noise; large errors dominate, so outliers pull hard. On classification it learns slowly when the prediction is badly wrong, because the gradient through a saturated sigmoid is small there: prefer BCE or cross-entropy.</source>
        <translation>가우시안 잡음이 있는 회귀에 씁니다. 큰 오차가 지배하므로 이상치가 강하게 끌어당깁니다. 분류에서는 예측이 크게 틀렸을 때 학습이 느립니다. 포화된 시그모이드를 지나는 기울기가 그곳에서 작기 때문입니다. BCE나 교차 엔트로피를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="151"/>
        <source>RMSE</source>
        <translation>평균 제곱근 오차 (RMSE)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="152"/>
        <source>L = √((1/N)·Σ(ŷ − y)²)</source>
        <translation>L = √((1/N)·Σ(ŷ − y)²)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="153"/>
        <source>∂L/∂ŷ = (ŷ − y) / (N·L),  0 when L = 0</source>
        <translation>∂L/∂ŷ = (ŷ − y) / (N·L),  L = 0이면 0</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="155"/>
        <source>√MSE: in the units of y, so it reads as a typical error size; same minimum as MSE. Its gradient keeps the same overall size however close the fit, so steps do not shrink near the minimum.</source>
        <translation>√MSE입니다. y와 단위가 같아 전형적인 오차의 크기로 읽을 수 있고, 최솟값은 MSE와 같습니다. 얼마나 잘 맞든 기울기의 전체 크기가 그대로여서, 최솟값 근처에서도 걸음이 줄지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="187"/>
        <source>MAE (L1)</source>
        <translation>평균 절대 오차 (MAE, L1)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="188"/>
        <source>L = (1/N)·Σ|ŷ − y|</source>
        <translation>L = (1/N)·Σ|ŷ − y|</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="189"/>
        <source>∂L/∂ŷ = sign(ŷ − y) / N</source>
        <translation>∂L/∂ŷ = sign(ŷ − y) / N</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="191"/>
        <source>For regression with outliers: every error pulls with the same force, so outliers matter less than with MSE. The gradient does not shrink near the minimum, so training may hop around it; lower the learning rate or use Huber.</source>
        <translation>이상치가 있는 회귀에 씁니다. 모든 오차가 같은 힘으로 당기므로 MSE보다 이상치의 영향이 작습니다. 최솟값 근처에서도 기울기가 줄지 않아 학습이 그 주위를 오갈 수 있습니다. 학습률을 낮추거나 후버 손실을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="215"/>
        <source>Huber</source>
        <translation>후버 (Huber)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="216"/>
        <source>L = (1/N)·Σ [½e² if |e| ≤ δ else δ·(|e| − ½δ)],  e = ŷ − y</source>
        <translation>L = (1/N)·Σ [|e| ≤ δ이면 ½e², 아니면 δ·(|e| − ½δ)],  e = ŷ − y</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="219"/>
        <source>∂L/∂ŷ = clip(e, −δ, δ) / N</source>
        <translation>∂L/∂ŷ = clip(e, −δ, δ) / N</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="222"/>
        <source>Quadratic like MSE for errors within δ, linear like MAE beyond: smooth near the minimum and robust to outliers. δ (default 1) is the error size where it switches.</source>
        <translation>δ 이내의 오차에는 MSE처럼 이차, 그보다 크면 MAE처럼 선형입니다. 최솟값 근처에서 매끄럽고 이상치에 강합니다. δ(기본값 1)는 바뀌는 지점의 오차 크기입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="257"/>
        <source>binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="258"/>
        <source>L = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</source>
        <translation>L = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="259"/>
        <source>∂L/∂ŷ = (ŷ − y) / (N·ŷ·(1 − ŷ));  with a sigmoid output ∂L/∂z = (ŷ − y)/N</source>
        <translation>∂L/∂ŷ = (ŷ − y) / (N·ŷ·(1 − ŷ));  시그모이드 출력이면 ∂L/∂z = (ŷ − y)/N</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="264"/>
        <source>For two classes: a sigmoid output giving P(class 1), targets 0 or 1. It grows without bound when the prediction is confidently wrong, so learning is fastest there, unlike MSE. Computed from the logits when the output is sigmoid; otherwise probabilities are clipped to [1e-7, 1 − 1e-7].</source>
        <translation>두 클래스 분류용입니다. 시그모이드 출력이 P(클래스 1)를 주고, 목표값은 0 또는 1입니다. 자신 있게 틀린 예측에서는 한없이 커지므로, MSE와 달리 바로 그곳에서 학습이 가장 빠릅니다. 출력이 시그모이드이면 로짓에서 계산하고, 그렇지 않으면 확률을 [1e-7, 1 − 1e-7]로 자릅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="303"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="304"/>
        <source>L = −(1/n)·Σₛ Σₖ yₖ·ln ŷₖ,  y one-hot, n samples</source>
        <translation>L = −(1/n)·Σₛ Σₖ yₖ·ln ŷₖ,  y는 원-핫, 샘플 n개</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="305"/>
        <source>∂L/∂ŷₖ = −yₖ / (n·ŷₖ);  with a softmax output ∂L/∂z = (ŷ − y)/n</source>
        <translation>∂L/∂ŷₖ = −yₖ / (n·ŷₖ);  소프트맥스 출력이면 ∂L/∂z = (ŷ − y)/n</translation>
    </message>
    <message>
        <location filename="../../playground/engine/losses.py" line="310"/>
        <source>For k classes: a softmax output and one-hot targets. Computed from the logits by log-softmax when the output is softmax; otherwise probabilities are clipped to [1e-7, 1 − 1e-7]. Accuracy is what people care about, but it has no useful gradient: this loss gives the direction.</source>
        <translation>k개 클래스 분류용입니다. 소프트맥스 출력과 원-핫 목표값을 씁니다. 출력이 소프트맥스이면 로짓에서 로그 소프트맥스로 계산하고, 그렇지 않으면 확률을 [1e-7, 1 − 1e-7]로 자릅니다. 사람들이 관심을 두는 것은 정확도이지만, 정확도에는 쓸모 있는 기울기가 없습니다. 방향은 이 손실이 알려 줍니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../playground/ui/main_window.py" line="54"/>
        <source>Neural Network Playground</source>
        <translation>신경망 플레이그라운드</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="145"/>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="146"/>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="147"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="148"/>
        <source>Loss surface</source>
        <translation>손실 곡면</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="149"/>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="150"/>
        <source>Gradient flow, update size, histograms and warnings</source>
        <translation>기울기 흐름, 갱신 크기, 히스토그램과 경고</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="151"/>
        <source>Confusion matrices, or predicted against true</source>
        <translation>혼동 행렬, 또는 예측값 대 실제값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="152"/>
        <source>The training loss over a plane through the weights</source>
        <translation>가중치 공간을 지나는 평면 위의 훈련 손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="153"/>
        <source>Every run: pin runs to compare their curves, restore one</source>
        <translation>모든 실행: 고정해서 곡선을 비교하거나, 하나를 되살립니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="187"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="189"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="193"/>
        <source>&amp;Presets</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="195"/>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="196"/>
        <source>&amp;Play / Pause</source>
        <translation>재생 / 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="198"/>
        <source>&amp;Step one epoch</source>
        <translation>한 에포크 진행(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="200"/>
        <source>&amp;Reset weights</source>
        <translation>가중치 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="208"/>
        <source>&amp;Back one epoch</source>
        <translation>한 에포크 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="209"/>
        <source>&amp;Forward one epoch</source>
        <translation>한 에포크 앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="210"/>
        <source>&amp;Live</source>
        <translation>실시간(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="211"/>
        <source>&amp;Continue from here</source>
        <translation>여기서 계속(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="217"/>
        <source>&amp;Inspect</source>
        <translation>검사(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="218"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="219"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="223"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="224"/>
        <source>&amp;Activations, losses and optimizers…</source>
        <translation>활성화 함수, 손실 함수와 옵티마이저(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="226"/>
        <source>&amp;Getting started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="227"/>
        <source>&amp;Welcome page…</source>
        <translation>환영 페이지(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="228"/>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="233"/>
        <source>&amp;Inspector</source>
        <translation>인스펙터(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="236"/>
        <source>One sample&apos;s forward and backward pass, node by node</source>
        <translation>샘플 하나의 순전파와 역전파를 노드 하나씩</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="241"/>
        <source>&amp;Next training point</source>
        <translation>다음 훈련 점(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="242"/>
        <source>&amp;Previous training point</source>
        <translation>이전 훈련 점(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="243"/>
        <source>Backward: next &amp;node</source>
        <translation>역방향: 다음 노드(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="244"/>
        <source>Backward: &amp;back one node</source>
        <translation>역방향: 한 노드 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="245"/>
        <source>Backward: &amp;all at once</source>
        <translation>역방향: 한꺼번에(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="309"/>
        <source>Applied one plain-SGD step on the inspected sample (the epoch count is unchanged).</source>
        <translation>검사 중인 샘플에 기본 SGD 한 단계를 적용했습니다 (에포크 수는 그대로입니다).</translation>
    </message>
    <message>
        <location filename="../../playground/ui/main_window.py" line="392"/>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}.&lt;/b&gt; {1}</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="105"/>
        <source>cannot save this model: {0}</source>
        <translation>이 모델을 저장할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="253"/>
        <source>{0} must be a JSON object, not {1}</source>
        <translation>{0}은(는) JSON 객체여야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="256"/>
        <source>{0} is not a playground model file: &quot;format&quot; is {1}, expected &quot;{2}&quot;</source>
        <translation>{0}은(는) playground 모델 파일이 아닙니다: &quot;format&quot;이 {1}입니다. &quot;{2}&quot;이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="259"/>
        <source>{0} is not a playground model file: &quot;format&quot; is missing, expected &quot;{1}&quot;</source>
        <translation>{0}은(는) playground 모델 파일이 아닙니다: &quot;format&quot;이 없습니다. &quot;{1}&quot;이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="264"/>
        <location filename="../../playground/engine/modelfile.py" line="658"/>
        <source>{0} is missing</source>
        <translation>{0}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="268"/>
        <source>{0} has version {1} (written by a newer playground?); this playground reads version {2}</source>
        <translation>{0}의 버전이 {1}입니다(더 새로운 playground로 쓴 파일일까요?). 이 playground는 버전 {2}을(를) 읽습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="271"/>
        <source>{0} has version {1}; this playground reads version {2}</source>
        <translation>{0}의 버전이 {1}입니다. 이 playground는 버전 {2}을(를) 읽습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="304"/>
        <source>{0} must name at least one input feature</source>
        <translation>{0}에는 입력 특성이 적어도 하나 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="308"/>
        <source>{0} repeats the feature {1}</source>
        <translation>{0}에서 특성 {1}이(가) 되풀이됩니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="315"/>
        <source>{0} must hold at least one layer (the output layer)</source>
        <translation>{0}에는 층이 적어도 하나(출력층) 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="319"/>
        <source>{0} names an unknown loss {1}; known: {2}</source>
        <translation>{0}이(가) 알 수 없는 손실 함수 {1}을(를) 가리킵니다. 알려진 값: {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="332"/>
        <source>{0} must be one of {1}, not {2}</source>
        <translation>{0}은(는) {1} 중 하나여야 합니다({2}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="348"/>
        <source>{0} names an unknown activation {1}; known: {2}</source>
        <translation>{0}이(가) 알 수 없는 활성화 함수 {1}을(를) 가리킵니다. 알려진 값: {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="362"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="363"/>
        <source>{0} has an unknown parameter {1} for {2}; known: {3}</source>
        <translation>{0}에 {2}의 알 수 없는 매개변수 {1}이(가) 있습니다. 알려진 값: {3}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="378"/>
        <source>{0} has {1} layers but the network has {2}</source>
        <translation>{0}의 층은 {1}개인데 신경망의 층은 {2}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="384"/>
        <source>{0} ({1} {2} units)</source>
        <translation>{0}({2} 뉴런 {1}개)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="401"/>
        <source>{0} has shape {1} but {2} needs shape {3}</source>
        <translation>{0}의 모양은 {1}인데 {2}에는 모양 {3}이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="415"/>
        <source>{0} has {1} entry but the shape says {2}</source>
        <translation>{0}의 항목은 {1}개인데 모양으로는 {2}개여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="417"/>
        <source>{0} has {1} entries but the shape says {2}</source>
        <translation>{0}의 항목은 {1}개인데 모양으로는 {2}개여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="443"/>
        <source>{0} {1}, not {2}</source>
        <translation>{0}: {1} (입력값 {2})</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="456"/>
        <location filename="../../playground/engine/runfile.py" line="163"/>
        <source>{0} must be true or false, not {1}</source>
        <translation>{0}은(는) true나 false여야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="474"/>
        <source>{0} must hold at least one input and the target</source>
        <translation>{0}에는 입력이 적어도 하나와 목표값이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="477"/>
        <source>{0} has {1} values but the first row has {2}</source>
        <translation>{0}의 값은 {1}개인데 첫 행의 값은 {2}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="485"/>
        <source>{0} is needed when data.kind is &quot;csv&quot;</source>
        <translation>data.kind가 &quot;csv&quot;이면 {0}이(가) 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="513"/>
        <source>{0} has {1}</source>
        <translation>{0}은(는) {1}개</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="517"/>
        <source>{0} lists must all have one entry per epoch, but {1}</source>
        <translation>{0}의 목록은 모두 에포크마다 항목이 하나씩 있어야 하는데, {1}입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="576"/>
        <source>{0} has {1} entries but the network has {2} layers</source>
        <translation>{0}의 항목은 {1}개인데 신경망의 층은 {2}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="585"/>
        <source>{0} is {1}; write null for an epoch without a value</source>
        <translation>{0}이(가) {1}입니다. 값이 없는 에포크에는 null을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="613"/>
        <source>the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="628"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="630"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="648"/>
        <location filename="../../playground/engine/runfile.py" line="171"/>
        <source>{0} must be an object, not {1}</source>
        <translation>{0}은(는) 객체여야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="653"/>
        <source>{0} has an unknown key {1}; known: {2}</source>
        <translation>{0}에 알 수 없는 키 {1}이(가) 있습니다. 알려진 키: {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="665"/>
        <source>{0} must be an array, not {1}</source>
        <translation>{0}은(는) 배열이어야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="673"/>
        <source>{0} must be a string, not {1}</source>
        <translation>{0}은(는) 문자열이어야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="679"/>
        <source>{0} holds a lone surrogate at character {1}, which is not text</source>
        <translation>{0}의 {1}번째 문자에 짝 없는 서로게이트가 있습니다. 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="689"/>
        <source>{0} must be a whole number, not {1}</source>
        <translation>{0}은(는) 정수여야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="692"/>
        <source>{0} must be a whole number of at least {1}, not {2}</source>
        <translation>{0}은(는) {1} 이상의 정수여야 합니다({2}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="696"/>
        <source>{0} must be a whole number of at most {1}, not {2}</source>
        <translation>{0}은(는) {1} 이하의 정수여야 합니다({2}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="704"/>
        <source>{0} is {1}; only finite numbers are allowed</source>
        <translation>{0}이(가) {1}입니다. 유한한 수만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="707"/>
        <source>{0} must be a number, not {1}</source>
        <translation>{0}은(는) 수여야 합니다({1}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="713"/>
        <source>{0} is not a finite number ({1}); only finite numbers are allowed</source>
        <translation>{0}은(는) 유한한 수가 아닙니다({1}). 유한한 수만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/modelfile.py" line="564"/>
        <source>{0} is {1}, not after {2}; the epochs must increase</source>
        <translation>{0}이(가) {1}로 {2} 뒤가 아닙니다. 에포크는 커져야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="75"/>
        <source>{0} must be &quot;{1}&quot;, not {2}</source>
        <translation>{0}은(는) &quot;{1}&quot;이어야 합니다({2}이(가) 아니라)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="81"/>
        <source>{0} is not base64 text</source>
        <translation>{0}은(는) base64 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="84"/>
        <source>{0} holds {1} numbers, but {2} epochs of the network&apos;s {3} parameters are {4}</source>
        <translation>{0}에 수가 {1}개 있는데, 신경망 매개변수 {3}개의 {2}에포크분은 {4}개입니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="89"/>
        <source>{0} holds a weight that is NaN or infinite</source>
        <translation>{0}에 NaN이거나 무한대인 가중치가 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="153"/>
        <source>{0} repeats the run number {1}</source>
        <translation>{0}에서 실행 번호 {1}이(가) 되풀이됩니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="156"/>
        <source>{0} names run {1}, which {2} does not hold</source>
        <translation>{0}이(가) 실행 {1}을(를) 가리키는데, {2}에는 그 실행이 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runfile.py" line="195"/>
        <source>{0} is the file&apos;s own for the current run; leave it out</source>
        <translation>{0}은(는) 현재 실행에서는 파일 자체의 값입니다. 빼 주세요</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../../playground/ui/canvas/items.py" line="206"/>
        <source>Add a neuron</source>
        <translation>뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/items.py" line="207"/>
        <source>Remove a neuron</source>
        <translation>뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/items.py" line="377"/>
        <source>Click to edit the bias.</source>
        <translation>클릭해서 편향을 편집하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="21"/>
        <source>No weights yet: start training to see them.</source>
        <translation>아직 가중치가 없습니다. 학습을 시작하면 보입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="95"/>
        <source>Maxout: the mean over this neuron&apos;s {0} pieces is shown.</source>
        <translation>Maxout: 이 뉴런의 조각 {0}개의 평균을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="98"/>
        <source>Click to set this weight.</source>
        <translation>클릭해서 이 가중치를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="106"/>
        <source>{0}, neuron {1} of {2}</source>
        <translation>{0}, 뉴런 {2}개 중 {1}번째</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="108"/>
        <source>Activation: {0}</source>
        <translation>활성화 함수: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="114"/>
        <source>Bias b = {0},  ∂L/∂b = {1}</source>
        <translation>편향 b = {0},  ∂L/∂b = {1}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/readout.py" line="117"/>
        <source>Maxout: the mean over this neuron&apos;s pieces is shown.</source>
        <translation>Maxout: 이 뉴런의 조각들의 평균을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/scene.py" line="93"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/scene.py" line="94"/>
        <source>{0} of {1} on</source>
        <translation>{1}개 중 {0}개 켜짐</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/scene.py" line="99"/>
        <source>Input feature {0} (on: click to switch it off)</source>
        <translation>입력 특성 {0} (켜짐: 클릭하면 끕니다)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/scene.py" line="101"/>
        <source>Input feature {0} (off: click to use it)</source>
        <translation>입력 특성 {0} (꺼짐: 클릭하면 씁니다)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="96"/>
        <source>+ layer</source>
        <translation>+ 층</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="96"/>
        <source>Add a hidden layer after the selected one (Insert)</source>
        <translation>선택한 층 뒤에 은닉층 추가 (Insert)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="100"/>
        <source>− layer</source>
        <translation>− 층</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="101"/>
        <source>Remove the selected hidden layer, or the last one (Delete)</source>
        <translation>선택한 은닉층, 또는 마지막 은닉층 제거 (Delete)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="105"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="105"/>
        <source>Show the whole network</source>
        <translation>신경망 전체 보기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="107"/>
        <source>Zoom</source>
        <translation>배율</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="109"/>
        <source>Zoom out or in (Ctrl + wheel)</source>
        <translation>축소 또는 확대 (Ctrl + 휠)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="113"/>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation>축소 (Ctrl + 휠)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="119"/>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation>확대 (Ctrl + 휠)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="138"/>
        <source>Press Play (Space) to train. Click an input to switch it on or off; use − / + on a layer for neurons; right-click a layer for more. Hover a neuron or link for its values; click a link or bias to edit it. Click a data point to follow it forward and backward through the network (Inspect → Inspector).</source>
        <translation>재생(Space)을 누르면 학습합니다. 입력을 클릭해 켜거나 끄고, 층의 − / +로 뉴런 수를 바꾸고, 층을 오른쪽 클릭하면 더 많은 기능이 있습니다. 뉴런이나 연결선 위에 마우스를 올리면 값이 보이고, 연결선이나 편향을 클릭하면 편집합니다. 데이터 점을 클릭하면 그 점이 신경망을 순방향과 역방향으로 지나는 과정을 따라갑니다 (검사 → 인스펙터).</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="152"/>
        <source>What the links show: the weights, their gradients over the training set, or how much the last epoch changed them</source>
        <translation>연결선이 보여 주는 것: 가중치, 훈련 집합 전체에 대한 기울기, 또는 마지막 에포크에서 바뀐 양</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="164"/>
        <source>Links:</source>
        <translation>연결선:</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="187"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; negative&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{1}&apos;&gt;■&lt;/span&gt; positive&amp;nbsp;&amp;nbsp;·&amp;nbsp;{2}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; 음수&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:{1}&apos;&gt;■&lt;/span&gt; 양수&amp;nbsp;&amp;nbsp;·&amp;nbsp;{2}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="194"/>
        <source>{0} Squares on neurons: biases, in the same kind of value. Images: each neuron&apos;s output over the input plane. A ✕ marks a dead neuron, ≈ a saturated one: hover it for what that means.</source>
        <translation>{0} 뉴런 위의 네모: 같은 종류의 값으로 나타낸 편향. 그림: 입력 평면 위에서 각 뉴런의 출력. ✕는 죽은 뉴런, ≈는 포화된 뉴런을 표시합니다. 마우스를 올리면 그 뜻이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="265"/>
        <source>Parameters: —</source>
        <translation>매개변수: —</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="268"/>
        <source>Parameters: {0}</source>
        <translation>매개변수: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="270"/>
        <source>Weights plus biases: k·l₁ + l₁·l₂ + … + lₘ·o weights and l₁ + … + lₘ + o biases</source>
        <translation>가중치와 편향의 합: 가중치 k·l₁ + l₁·l₂ + … + lₘ·o개와 편향 l₁ + … + lₘ + o개</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="355"/>
        <source>Add layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="371"/>
        <source>There is no hidden layer to remove</source>
        <translation>지울 은닉층이 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="375"/>
        <source>Remove {0}</source>
        <translation>{0} 제거</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="381"/>
        <source>Add neuron to {0}</source>
        <translation>{0}에 뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="381"/>
        <source>Remove neuron from {0}</source>
        <translation>{0}에서 뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="390"/>
        <source>Remove input {0}</source>
        <translation>입력 {0} 제거</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="391"/>
        <source>Add input {0}</source>
        <translation>입력 {0} 추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="446"/>
        <source>Weight {0}</source>
        <translation>가중치 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="450"/>
        <source>Bias of {0} #{1}</source>
        <translation>{0} #{1}의 편향</translation>
    </message>
    <message>
        <location filename="../../playground/ui/canvas/widget.py" line="458"/>
        <source>A maxout neuron has several pieces: its weights cannot be set here</source>
        <translation>maxout 뉴런은 조각이 여러 개라서 여기서 가중치를 정할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <location filename="../../playground/ui/canvas/scene.py" line="172"/>
        <source>The network changed before your click was handled: nothing was edited. Click again.</source>
        <translation>클릭이 처리되기 전에 신경망이 바뀌었습니다. 아무것도 편집되지 않았습니다. 다시 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <location filename="../../playground/ui/controls.py" line="146"/>
        <source>“{0}” is not a number</source>
        <translation>“{0}”은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="147"/>
        <source>enter a number</source>
        <translation>수를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="150"/>
        <source>it {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="162"/>
        <source>Not applied: {0}</source>
        <translation>적용되지 않음: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="164"/>
        <source>Not applied: {0}.</source>
        <translation>적용되지 않음: {0}.</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="65"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="66"/>
        <source>W ← W − α·∂L/∂W</source>
        <translation>W ← W − α·∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="67"/>
        <source>Plain gradient descent: one step of size α against the gradient per minibatch.</source>
        <translation>기본 경사 하강법: 미니배치마다 기울기의 반대 방향으로 크기 α인 한 걸음을 갑니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="79"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="80"/>
        <source>v ← μ·v − α·∂L/∂W;  W ← W + v</source>
        <translation>v ← μ·v − α·∂L/∂W;  W ← W + v</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="81"/>
        <source>Keeps a running velocity, so steps along a consistent direction grow and zig-zags across a narrow valley cancel out. μ (0.9 typical) is how much velocity is kept.</source>
        <translation>속도를 누적해 두므로, 일관된 방향으로는 걸음이 커지고 좁은 골짜기를 가로지르는 지그재그는 서로 상쇄됩니다. μ(보통 0.9)는 속도를 얼마나 유지할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="101"/>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="102"/>
        <source>s ← ρ·s + (1−ρ)·g²;  W ← W − α·g / (√s + ε)</source>
        <translation>s ← ρ·s + (1−ρ)·g²;  W ← W − α·g / (√s + ε)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="103"/>
        <source>Divides each step by a running root-mean-square of that parameter&apos;s gradients, so parameters with small gradients still move. A smaller α (0.001) than SGD is typical.</source>
        <translation>각 걸음을 그 매개변수 기울기의 이동 제곱평균제곱근으로 나누므로, 기울기가 작은 매개변수도 움직입니다. 보통 SGD보다 작은 α(0.001)를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="130"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="131"/>
        <source>m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  W ← W − α·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)</source>
        <translation>m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  W ← W − α·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/optimizers.py" line="136"/>
        <source>Momentum plus RMSProp&apos;s per-parameter scaling, with bias correction for the first steps. A robust default with α = 0.001 … 0.01.</source>
        <translation>모멘텀에 RMSProp의 매개변수별 크기 조정을 더하고, 처음 몇 걸음에는 편향 보정을 합니다. α = 0.001 … 0.01이면 무난한 기본 선택입니다.</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="61"/>
        <source>Edit points</source>
        <translation>점 편집</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="62"/>
        <source>Click the plot to add a point of the chosen class; drag a point to move it; right-click a point, or click it and press Delete, to delete it. Ctrl+Z undoes.</source>
        <translation>그래프를 클릭하면 고른 클래스의 점이 추가되고, 점을 끌면 옮겨집니다. 점을 오른쪽 클릭하거나, 클릭한 뒤 Delete를 누르면 지워집니다. Ctrl+Z로 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="66"/>
        <source>The class of the points you add</source>
        <translation>추가할 점의 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="71"/>
        <source>target </source>
        <translation>목표값 </translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="72"/>
        <source>The target value of the points you add</source>
        <translation>추가할 점의 목표값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="77"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="77"/>
        <source>Add the point typed on the left</source>
        <translation>왼쪽에 입력한 점을 추가합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="82"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="85"/>
        <source>Delete every point</source>
        <translation>모든 점을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="117"/>
        <source>{0} of a point to type in</source>
        <translation>입력할 점의 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="131"/>
        <location filename="../../playground/ui/point_editor.py" line="265"/>
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="140"/>
        <source>Points can be edited in a set of up to {0} points; this one has {1}. Lower the number of points to edit them.</source>
        <translation>점은 {0}개까지인 세트에서만 편집할 수 있습니다. 이 세트에는 {1}개가 있습니다. 편집하려면 점의 수를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="213"/>
        <location filename="../../playground/ui/point_editor.py" line="217"/>
        <source>Add point</source>
        <translation>점 추가</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="222"/>
        <location filename="../../playground/ui/point_editor.py" line="261"/>
        <source>Delete point</source>
        <translation>점 삭제</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="231"/>
        <source>Clear points</source>
        <translation>점 모두 지우기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="249"/>
        <source>Move point</source>
        <translation>점 옮기기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/point_editor.py" line="263"/>
        <location filename="../../playground/ui/point_editor.py" line="269"/>
        <source>Change class</source>
        <translation>클래스 바꾸기</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../playground/presets.py" line="17"/>
        <source>Step through by hand</source>
        <translation>손으로 한 단계씩</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="18"/>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="19"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="20"/>
        <source>Capacity and overfitting</source>
        <translation>용량과 과적합</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="21"/>
        <source>Losses and outputs</source>
        <translation>손실 함수와 출력</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="22"/>
        <source>Data sets</source>
        <translation>데이터 집합</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="45"/>
        <source>Backpropagation by hand: the 2-2-1 network</source>
        <translation>손으로 하는 역전파: 2-2-1 신경망</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="46"/>
        <source>The textbook&apos;s hand calculation, node by node.</source>
        <translation>교과서의 손 계산을 노드 하나씩 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="47"/>
        <source>The textbook&apos;s hand calculation: x = (1, 1), y = 0, sigmoid everywhere, binary cross-entropy, learning rate 1. Step through the backward pass node by node and compare the gradients: the hidden layer&apos;s are ten times smaller than the output layer&apos;s, because every gradient that reaches it was multiplied by σ′ ≤ 0.25. That is the vanishing gradient in miniature. Press Apply this step and compare the table with the book.</source>
        <translation>교과서의 손 계산입니다: x = (1, 1), y = 0, 모든 곳에 시그모이드, 이진 교차 엔트로피, 학습률 1. 역전파를 노드 하나씩 진행하며 기울기를 비교해 보세요. 은닉층의 기울기는 출력층보다 열 배 작습니다. 은닉층에 도달하는 모든 기울기에는 σ′ ≤ 0.25가 곱해졌기 때문입니다. 작은 규모의 기울기 소실입니다. 이 단계 적용을 누르고 표를 책과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="60"/>
        <source>A computational graph: f = (x + y)·z</source>
        <translation>계산 그래프: f = (x + y)·z</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="61"/>
        <source>The classic first example of the chain rule, as a tiny network.</source>
        <translation>연쇄 법칙의 고전적인 첫 예제를 작은 신경망으로.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="65"/>
        <source>The classic example as a 2-1-1 linear network: the hidden neuron adds x and y (both weights 1), the output weight is z = −4. The inspector differentiates the output itself (∂f/∂f = 1, no loss). Expand the neurons and follow the gradient back: f = −12, ∂f/∂x = ∂f/∂y = −4 (the + node passes its gradient on unchanged) and ∂f/∂z = 3 (the × node swaps its inputs).</source>
        <translation>고전적인 예제를 2-1-1 선형 신경망으로 만들었습니다. 은닉 뉴런은 x와 y를 더하고(두 가중치 모두 1), 출력 가중치는 z = −4입니다. 인스펙터는 출력 자체를 미분합니다(∂f/∂f = 1, 손실 없음). 뉴런을 펼쳐 기울기를 거꾸로 따라가 보세요: f = −12, ∂f/∂x = ∂f/∂y = −4(+ 노드는 기울기를 그대로 전달합니다), ∂f/∂z = 3(× 노드는 입력을 서로 바꿔 곱합니다).</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="78"/>
        <source>One sigmoid neuron learning AND</source>
        <translation>AND를 학습하는 시그모이드 뉴런 하나</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="79"/>
        <source>Four updates of one neuron that you can check by hand.</source>
        <translation>손으로 확인할 수 있는, 뉴런 하나의 갱신 네 번.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="80"/>
        <source>A single sigmoid neuron, squared error, plain SGD one sample at a time, in the data&apos;s order. One epoch is four updates you can check by hand: pick a point in the inspector, step through it and press Apply this step.</source>
        <translation>시그모이드 뉴런 하나, 제곱 오차, 데이터 순서대로 샘플 하나씩 기본 SGD. 한 에포크는 손으로 확인할 수 있는 갱신 네 번입니다. 인스펙터에서 점을 고르고, 한 단계씩 진행한 뒤 이 단계 적용을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="90"/>
        <source>Vanishing gradients: six sigmoid layers</source>
        <translation>기울기 소실: 시그모이드 층 여섯 개</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="91"/>
        <source>Six sigmoid layers: the ones near the input barely learn.</source>
        <translation>시그모이드 층 여섯 개: 입력에 가까운 층은 거의 학습하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="92"/>
        <source>Six hidden layers of sigmoid neurons. Open the Gradients tab and press Play: the input side&apos;s gradients sit orders of magnitude below the output side&apos;s, because every layer multiplies them by σ′ ≤ 0.25, so the first layers barely learn. Then open its partner, the same six layers with ReLU and He initial weights, and watch the curves come together.</source>
        <translation>시그모이드 뉴런으로 된 은닉층 여섯 개입니다. 기울기 탭을 열고 재생을 누르세요. 입력 쪽 기울기가 출력 쪽보다 몇 자릿수나 낮습니다. 층마다 σ′ ≤ 0.25가 곱해지기 때문이며, 그래서 앞쪽 층은 거의 학습하지 못합니다. 그다음 짝 프리셋, 즉 같은 여섯 층에 ReLU와 He 초기 가중치를 쓴 것을 열고 곡선이 모이는 모습을 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="104"/>
        <source>Deep ReLU: the gradient reaches the first layer</source>
        <translation>깊은 ReLU: 기울기가 첫 층까지 도달합니다</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="105"/>
        <source>The same six layers with ReLU and He weights: every layer learns.</source>
        <translation>ReLU와 He 가중치를 쓴 같은 여섯 층: 모든 층이 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="109"/>
        <source>The six hidden layers of the vanishing-gradient preset, with ReLU and He initial weights. Open the Gradients tab and press Play: the first layer&apos;s mean |∂L/∂W| is about as large as the last one&apos;s, because ReLU&apos;s slope is 1 wherever a neuron is active, and the circle is learned within a few dozen epochs. Compare it with the six sigmoid layers, whose first layer gets thousands of times less.</source>
        <translation>기울기 소실 프리셋의 은닉층 여섯 개에 ReLU와 He 초기 가중치를 썼습니다. 기울기 탭을 열고 재생을 누르세요. 첫 층의 |∂L/∂W| 평균이 마지막 층과 비슷합니다. 뉴런이 활성인 곳에서 ReLU의 기울기는 1이기 때문이며, 원은 수십 에포크 안에 학습됩니다. 첫 층이 수천 배 적은 기울기를 받는 시그모이드 여섯 층과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="121"/>
        <source>The step activation: no gradient</source>
        <translation>계단 활성화 함수: 기울기 없음</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="122"/>
        <source>A derivative of 0 everywhere: the hidden layer never learns.</source>
        <translation>모든 곳에서 도함수가 0: 은닉층은 전혀 학습하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="126"/>
        <source>The hidden layer uses the perceptron&apos;s step. Press Play: the hidden layer never learns, because the step&apos;s derivative is 0 everywhere and backpropagation passes nothing through it; the inspector&apos;s Backward tab shows the zeros, its Check tab says why there is nothing to check. Switch the layer to sigmoid and watch it learn.</source>
        <translation>은닉층이 퍼셉트론의 계단 함수를 씁니다. 재생을 누르세요. 은닉층은 전혀 학습하지 못합니다. 계단 함수의 도함수는 모든 곳에서 0이어서 역전파가 아무것도 전달하지 못하기 때문입니다. 인스펙터의 역방향 탭은 0들을 보여 주고, 확인 탭은 왜 검사할 것이 없는지 알려 줍니다. 층을 시그모이드로 바꾸고 학습하는 모습을 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="136"/>
        <source>Dying ReLU: a step so large it kills neurons</source>
        <translation>죽어 가는 ReLU: 뉴런을 죽일 만큼 큰 걸음</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="137"/>
        <source>Too large a step pushes ReLU neurons below zero for good.</source>
        <translation>너무 큰 걸음은 ReLU 뉴런을 영영 0 아래로 밀어냅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="138"/>
        <source>Two ReLU layers trained with a learning rate of 2. Press Play: within a few epochs most of the hidden neurons are dead (the ✕ badge on the canvas, a warning in the Gradients tab) and the loss stays near 0.69, because a dead neuron&apos;s gradient is exactly 0 and nothing brings it back. Open its partner with Leaky ReLU, or lower the learning rate to 0.3 and Reset.</source>
        <translation>학습률 2로 학습하는 ReLU 층 두 개입니다. 재생을 누르세요. 몇 에포크 안에 은닉 뉴런 대부분이 죽고(캔버스의 ✕ 표시, 기울기 탭의 경고), 손실은 0.69 근처에 머뭅니다. 죽은 뉴런의 기울기는 정확히 0이고 되살릴 방법이 없기 때문입니다. Leaky ReLU를 쓴 짝 프리셋을 열거나, 학습률을 0.3으로 낮추고 초기화를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="150"/>
        <source>Leaky ReLU: the same step, no dead neurons</source>
        <translation>Leaky ReLU: 같은 걸음, 죽은 뉴런 없음</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="151"/>
        <source>A small slope below zero keeps every neuron learning.</source>
        <translation>0 아래의 작은 기울기가 모든 뉴런을 계속 학습하게 합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="152"/>
        <source>The dying-ReLU setup with Leaky ReLU (slope 0.01 below zero) in the hidden layers and the same learning rate of 2. Press Play: no neuron dies, because a neuron pushed below zero still passes a small gradient back, and the circle is learned within a few epochs. Compare the canvas and the Gradients tab with the dying-ReLU preset&apos;s.</source>
        <translation>죽어 가는 ReLU와 같은 설정에, 은닉층에 Leaky ReLU(0 아래 기울기 0.01)를 쓰고 학습률도 똑같이 2입니다. 재생을 누르세요. 죽는 뉴런이 없습니다. 0 아래로 밀려난 뉴런도 작은 기울기를 거꾸로 전달하기 때문이며, 원은 몇 에포크 안에 학습됩니다. 캔버스와 기울기 탭을 죽어 가는 ReLU 프리셋과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="163"/>
        <source>Learning rate too high: the loss jumps about</source>
        <translation>너무 큰 학습률: 손실이 널뛰기합니다</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="164"/>
        <source>Every step overshoots: the loss never settles.</source>
        <translation>걸음마다 지나쳐서 손실이 자리 잡지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="165"/>
        <source>The default network with a learning rate of 10. Press Play: the loss leaps up and down and never settles, because every step overshoots the valley it is in. Lower the learning rate step by step (3, 1, 0.3) and watch the curve calm down.</source>
        <translation>학습률이 10인 기본 신경망입니다. 재생을 누르세요. 손실이 오르내리며 자리 잡지 못합니다. 걸음마다 지금 있는 골짜기를 지나쳐 버리기 때문입니다. 학습률을 단계적으로(3, 1, 0.3) 낮추며 곡선이 잦아드는 모습을 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="175"/>
        <source>Learning rate too low: the loss barely moves</source>
        <translation>너무 작은 학습률: 손실이 거의 움직이지 않습니다</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="176"/>
        <source>Tiny steps: hundreds of epochs and hardly any change.</source>
        <translation>아주 작은 걸음: 수백 에포크가 지나도 거의 변화가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="177"/>
        <source>The default network with a learning rate of 0.00001. Press Play: after hundreds of epochs the loss has hardly moved, because each step is tiny. Raise the learning rate to 0.1 and the same network learns in a few seconds.</source>
        <translation>학습률이 0.00001인 기본 신경망입니다. 재생을 누르세요. 수백 에포크가 지나도 손실이 거의 움직이지 않습니다. 걸음 하나하나가 아주 작기 때문입니다. 학습률을 0.1로 올리면 같은 신경망이 몇 초 안에 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="187"/>
        <source>XOR without a hidden layer: it cannot be learned</source>
        <translation>은닉층 없는 XOR: 학습할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="188"/>
        <source>One neuron draws one straight line, and XOR needs two.</source>
        <translation>뉴런 하나는 직선 하나를 긋는데, XOR에는 두 개가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="189"/>
        <source>The four XOR points go straight into one sigmoid output. Press Play: the loss stalls at 0.693 (ln 2) and the output settles at 0.5 for all four points, a coin toss, because a single neuron draws a single straight boundary, no straight line separates XOR, and so the best it can do is not to decide. Open its partner with one hidden layer and watch it get all four.</source>
        <translation>XOR의 네 점이 곧바로 시그모이드 출력 하나로 들어갑니다. 재생을 누르세요. 손실은 0.693(ln 2)에서 멈추고 네 점 모두의 출력이 0.5, 즉 동전 던지기가 됩니다. 뉴런 하나는 직선 경계 하나만 그릴 수 있는데 어떤 직선도 XOR을 나누지 못하므로, 할 수 있는 최선은 결정하지 않는 것입니다. 은닉층이 하나 있는 짝 프리셋을 열고 네 점을 모두 맞히는 모습을 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="201"/>
        <source>XOR with one hidden layer</source>
        <translation>은닉층 하나가 있는 XOR</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="202"/>
        <source>Four points no straight line separates, learned by four neurons.</source>
        <translation>어떤 직선으로도 나눌 수 없는 네 점을 뉴런 네 개가 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="206"/>
        <source>Four points no straight line separates. Four tanh neurons in one hidden layer learn it; remove the hidden layer (− layer), or open its partner without one, and the loss stalls, because a network without one draws only a straight boundary.</source>
        <translation>어떤 직선으로도 나눌 수 없는 네 점입니다. 은닉층 하나에 있는 tanh 뉴런 네 개가 이를 학습합니다. 은닉층을 없애거나(− 층) 은닉층 없는 짝 프리셋을 열면 손실이 멈춥니다. 은닉층이 없는 신경망은 직선 경계만 그리기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="216"/>
        <source>Overfitting: a big network on a few noisy points</source>
        <translation>과적합: 잡음 섞인 적은 점에 큰 신경망</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="217"/>
        <source>The training loss falls while the test loss climbs.</source>
        <translation>훈련 손실은 줄어드는데 테스트 손실은 올라갑니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="218"/>
        <source>Twenty noisy training points and three layers of 32 ReLU neurons. Press Play and watch the Curves tab: the training loss falls towards 0, while the test loss falls for a few dozen epochs and then climbs, because the network bends its boundary round every noisy point. Set L2 regularization at a rate of 0.01, or keep one hidden layer of 4 neurons, and Reset: the test loss stays low.</source>
        <translation>잡음 섞인 훈련 점 스무 개와 ReLU 뉴런 32개짜리 층 세 개입니다. 재생을 누르고 곡선 탭을 보세요. 훈련 손실은 0을 향해 줄어드는데, 테스트 손실은 수십 에포크 동안 줄다가 다시 올라갑니다. 신경망이 잡음 섞인 점 하나하나를 돌아가도록 경계를 구부리기 때문입니다. 비율 0.01로 L2 정규화를 설정하거나, 뉴런 4개인 은닉층 하나만 남기고 초기화를 누르세요. 테스트 손실이 낮게 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="229"/>
        <source>MSE on a classification: a slow start</source>
        <translation>분류에 MSE: 느린 출발</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="230"/>
        <source>A confidently wrong sigmoid barely moves under squared error.</source>
        <translation>자신 있게 틀린 시그모이드는 제곱 오차로는 거의 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="234"/>
        <source>One sigmoid neuron starts confidently wrong (both weights −3, so every point comes out near the wrong end) and learns with squared error. Press Play: the accuracy stays at 0 for over a hundred epochs, because MSE&apos;s gradient carries σ′(z), which is almost 0 on the sigmoid&apos;s flat ends. Open its partner with binary cross-entropy, which gets every point right within an epoch or two from the same start.</source>
        <translation>시그모이드 뉴런 하나가 자신 있게 틀린 상태(두 가중치 모두 −3이라 모든 점이 반대쪽 끝 근처로 나옴)에서 출발해 제곱 오차로 학습합니다. 재생을 누르세요. 정확도가 백 에포크가 넘도록 0에 머뭅니다. MSE의 기울기에는 σ′(z)가 들어 있는데, 시그모이드의 평평한 양 끝에서는 이 값이 거의 0이기 때문입니다. 이진 교차 엔트로피를 쓴 짝 프리셋을 열어 보세요. 같은 출발점에서 한두 에포크 안에 모든 점을 맞힙니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="246"/>
        <source>BCE on the same classification: a fast start</source>
        <translation>같은 분류에 BCE: 빠른 출발</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="247"/>
        <source>Cross-entropy&apos;s gradient does not vanish when the output is wrong.</source>
        <translation>출력이 틀렸을 때 교차 엔트로피의 기울기는 소실되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="251"/>
        <source>The same confidently wrong sigmoid neuron, learning with binary cross-entropy. Press Play: every point is right within an epoch or two, because with BCE the output&apos;s gradient is simply a − y: the more wrong the output, the larger the step, with no σ′ to shrink it. Compare it with its partner, MSE from the same start.</source>
        <translation>자신 있게 틀린 같은 시그모이드 뉴런이 이진 교차 엔트로피로 학습합니다. 재생을 누르세요. 한두 에포크 안에 모든 점을 맞힙니다. BCE에서는 출력의 기울기가 그냥 a − y이기 때문입니다. 출력이 많이 틀릴수록 걸음이 크고, 그것을 줄이는 σ′도 없습니다. 같은 출발점의 MSE 짝 프리셋과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="262"/>
        <source>Three classes with softmax</source>
        <translation>소프트맥스로 세 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="263"/>
        <source>Three outputs that sum to 1, one probability per class.</source>
        <translation>합이 1인 출력 세 개, 클래스마다 확률 하나.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="264"/>
        <source>Three clusters and an output layer of three softmax neurons with cross-entropy, no hidden layer. Press Play: within a few epochs nearly every point is right, because softmax turns the three outputs into probabilities that sum to 1 and cross-entropy raises the true class&apos;s. Click a point to see its three outputs in the inspector; the borders between the classes are straight, since there is no hidden layer.</source>
        <translation>세 무리와, 교차 엔트로피를 쓰는 소프트맥스 뉴런 세 개짜리 출력층이며 은닉층은 없습니다. 재생을 누르세요. 몇 에포크 안에 거의 모든 점을 맞힙니다. 소프트맥스가 세 출력을 합이 1인 확률로 바꾸고, 교차 엔트로피가 참인 클래스의 확률을 높이기 때문입니다. 점을 클릭해 인스펙터에서 세 출력을 보세요. 은닉층이 없으므로 클래스 사이의 경계는 직선입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="275"/>
        <source>A circle: the default network</source>
        <translation>원: 기본 신경망</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="276"/>
        <source>Two tanh layers learn a round boundary.</source>
        <translation>tanh 층 두 개가 둥근 경계를 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="277"/>
        <source>Two tanh layers learn a round boundary. Watch the neurons&apos; maps: the first layer draws straight edges, the second combines them.</source>
        <translation>tanh 층 두 개가 둥근 경계를 학습합니다. 뉴런들의 지도를 보세요. 첫 층은 직선 경계를 긋고, 둘째 층은 그것들을 조합합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="285"/>
        <source>Three spiral arms with softmax</source>
        <translation>소프트맥스로 나선 팔 세 개</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="286"/>
        <source>Three interleaved arms: a hard problem for two hidden layers.</source>
        <translation>서로 감긴 팔 세 개: 은닉층 두 개에게 어려운 문제입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="290"/>
        <source>Softmax outputs with cross-entropy for three classes, trained with Adam. The outputs of each point sum to 1; the map shows the most likely class.</source>
        <translation>세 클래스를 위해 소프트맥스 출력과 교차 엔트로피를 쓰고 Adam으로 학습합니다. 각 점의 출력은 합이 1이며, 지도는 가장 가능성이 높은 클래스를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="298"/>
        <source>Regression: a plane</source>
        <translation>회귀: 평면</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="299"/>
        <source>A linear neuron fits a plane; the curves show R².</source>
        <translation>선형 뉴런이 평면을 맞춥니다. 곡선은 R²를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/presets.py" line="300"/>
        <source>A linear output neuron with no hidden layer fits y = (x₁ + x₂)/12 exactly with MSE. The curves show R² instead of accuracy: 1 is a perfect fit, 0 no better than the mean.</source>
        <translation>은닉층 없는 선형 출력 뉴런이 MSE로 y = (x₁ + x₂)/12를 정확히 맞춥니다. 곡선은 정확도 대신 R²를 보여 줍니다. 1은 완벽한 맞춤이고, 0은 평균보다 나을 것이 없다는 뜻입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/presets_menu.py" line="42"/>
        <source>Compare with:</source>
        <translation>비교해 보세요:</translation>
    </message>
    <message>
        <location filename="../../playground/ui/presets_menu.py" line="45"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Regularizations</name>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="43"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="44"/>
        <source>L = data loss</source>
        <translation>L = 데이터 손실</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="45"/>
        <source>The weights may grow as large as the data loss likes.</source>
        <translation>가중치는 데이터 손실이 원하는 만큼 커질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="60"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="61"/>
        <source>L + λ·Σ|W|;  ∂/∂W adds λ·sign(W)</source>
        <translation>L + λ·Σ|W|;  ∂/∂W에 λ·sign(W)가 더해짐</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="62"/>
        <source>Pulls every weight towards 0 by the same amount, so small weights reach 0 and stay there: a sparse network that uses only the inputs it needs.</source>
        <translation>모든 가중치를 같은 양만큼 0으로 끌어당기므로, 작은 가중치는 0이 되어 그대로 남습니다. 필요한 입력만 쓰는 희소한 신경망이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="78"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="79"/>
        <source>L + (λ/2)·ΣW²;  ∂/∂W adds λ·W</source>
        <translation>L + (λ/2)·ΣW²;  ∂/∂W에 λ·W가 더해짐</translation>
    </message>
    <message>
        <location filename="../../playground/engine/regularizations.py" line="80"/>
        <source>Weight decay: shrinks each weight in proportion to its size, so large weights are expensive and the decision boundary stays smooth.</source>
        <translation>가중치 감쇠: 각 가중치를 그 크기에 비례해 줄이므로 큰 가중치는 비싸고, 결정 경계가 매끄럽게 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../playground/ui/results.py" line="54"/>
        <source>{0}&#xa0;%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="58"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="58"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="206"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="211"/>
        <source>true</source>
        <translation>실제</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="217"/>
        <location filename="../../playground/ui/results.py" line="218"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="220"/>
        <source>acc.</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="278"/>
        <source>right</source>
        <translation>맞음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="280"/>
        <source>wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="282"/>
        <source>{0} of the {1} points of class {2} are predicted as class {3} ({4}): {5}. Click to ring them in the data view.</source>
        <translation>클래스 {2}의 점 {1}개 중 {0}개가 클래스 {3}(으)로 예측됩니다 ({4}): {5}. 클릭하면 데이터 보기에서 그 점들에 고리를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="295"/>
        <source>Per-class accuracy (recall): the share of each class&apos;s points that are predicted as that class.</source>
        <translation>클래스별 정확도(재현율): 각 클래스의 점 가운데 그 클래스로 예측된 비율.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="332"/>
        <location filename="../../playground/ui/results.py" line="442"/>
        <source>Results appear once there is a network and data.</source>
        <translation>신경망과 데이터가 생기면 결과가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="349"/>
        <source>Confusion matrix ({0})</source>
        <translation>혼동 행렬 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="357"/>
        <source>Class 1 counts as positive. Precision: the share of the points predicted as class 1 that are of class 1. Recall: the share of the class 1 points found. F1: their harmonic mean.</source>
        <translation>클래스 1을 양성으로 봅니다. 정밀도: 클래스 1로 예측한 점 가운데 실제로 클래스 1인 비율. 재현율: 클래스 1인 점 가운데 찾아낸 비율. F1: 둘의 조화 평균.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="369"/>
        <source>Rows: the true class; columns: the class predicted, shaded by its share of the row. Click a cell to ring its points.</source>
        <translation>행: 실제 클래스, 열: 예측한 클래스. 행에서 차지하는 비율만큼 진하게 칠합니다. 칸을 클릭하면 그 점들에 고리를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="388"/>
        <source>true y</source>
        <translation>실제 y</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="388"/>
        <location filename="../../playground/ui/results.py" line="391"/>
        <source>predicted ŷ</source>
        <translation>예측 ŷ</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="391"/>
        <source>residual y − ŷ</source>
        <translation>잔차 y − ŷ</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="394"/>
        <source>Predicted against true</source>
        <translation>예측값 대 실제값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="396"/>
        <source>Residuals</source>
        <translation>잔차</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="448"/>
        <source>The network is being built.</source>
        <translation>신경망을 만드는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="482"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · accuracy {1}&lt;br&gt;{2} points</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · 정확도 {1}&lt;br&gt;점 {2}개</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="487"/>
        <source>No test points</source>
        <translation>테스트 점 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="489"/>
        <source>No training points</source>
        <translation>훈련 점 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="492"/>
        <source>precision {0} · recall {1}&lt;br&gt;F1 {2}</source>
        <translation>정밀도 {0} · 재현율 {1}&lt;br&gt;F1 {2}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="511"/>
        <source>{0} {1}: R² {2} · RMSE {3}</source>
        <translation>{0} {1}: R² {2} · RMSE {3}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/results.py" line="513"/>
        <source>{0} {1}: no points</source>
        <translation>{0} {1}: 점 없음</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../playground/engine/spec.py" line="119"/>
        <source>must be one of {0}</source>
        <translation>다음 중 하나여야 합니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="122"/>
        <source>must be a file name (not empty, without NUL characters or lone surrogates)</source>
        <translation>파일 이름이어야 합니다 (비어 있지 않고, NUL 문자나 짝 없는 서로게이트가 없어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="128"/>
        <source>must be {0} to {1}</source>
        <translation>{0}에서 {1} 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="130"/>
        <source>must be between {0} and {1}</source>
        <translation>{0}에서 {1} 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="134"/>
        <source>at least {0}</source>
        <translation>{0} 이상</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="135"/>
        <source>greater than {0}</source>
        <translation>{0} 초과</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="136"/>
        <source>at most {0}</source>
        <translation>{0} 이하</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="137"/>
        <source>less than {0}</source>
        <translation>{0} 미만</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="143"/>
        <source>{0} and {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="144"/>
        <source>must be {0}</source>
        <translation>{0}이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="147"/>
        <source>{0} (or {1} {2})</source>
        <translation>{0} (또는 {2} {1})</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="172"/>
        <source>unknown {0} {1}; known: {2}</source>
        <translation>알 수 없는 {0} {1}. 알려진 값: {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="174"/>
        <source>{0} {1}, not {2}</source>
        <translation>{0}: {1} (입력값 {2})</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="202"/>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="206"/>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="209"/>
        <source>must be a number</source>
        <translation>수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="214"/>
        <source>must be a finite number</source>
        <translation>유한한 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="216"/>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="268"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="270"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="272"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="275"/>
        <source>rho</source>
        <translation>rho (ρ)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="277"/>
        <source>beta1</source>
        <translation>beta1 (β₁)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="278"/>
        <source>beta2</source>
        <translation>beta2 (β₂)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="280"/>
        <source>epsilon</source>
        <translation>epsilon (ε)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="283"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="286"/>
        <source>regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="289"/>
        <source>regularization rate</source>
        <translation>정규화 강도</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="291"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="294"/>
        <source>shuffle</source>
        <translation>섞기</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="296"/>
        <source>max epochs</source>
        <translation>최대 에포크</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="297"/>
        <source>for no limit</source>
        <translation>제한이 없으면</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="300"/>
        <source>stop-at-loss</source>
        <translation>정지 손실</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="301"/>
        <source>for no threshold</source>
        <translation>기준이 없으면</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="313"/>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="317"/>
        <source>the number of points</source>
        <translation>점의 수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="319"/>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="321"/>
        <source>the training share</source>
        <translation>훈련 비율</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="324"/>
        <source>the data seed</source>
        <translation>데이터 시드</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="327"/>
        <source>the number of classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="330"/>
        <source>the inline points</source>
        <translation>직접 입력한 점</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="333"/>
        <source>the CSV path</source>
        <translation>CSV 경로</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="334"/>
        <source>for no file</source>
        <translation>파일이 없으면</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="337"/>
        <source>task</source>
        <translation>과제</translation>
    </message>
    <message>
        <location filename="../../playground/engine/spec.py" line="338"/>
        <source>to infer it</source>
        <translation>추론하려면</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <location filename="../../playground/ui/run_list.py" line="49"/>
        <source>Pin  #</source>
        <translation>고정  #</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="49"/>
        <source>What changed</source>
        <translation>바뀐 점</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="50"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="50"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="52"/>
        <source>Tick a run to overlay its curves on the current ones; ▶ marks the run training now; a ghost run is the future a Continue from here left behind</source>
        <translation>실행에 체크하면 그 곡선을 지금 곡선 위에 겹쳐 그립니다. ▶는 지금 학습 중인 실행이고, 유령 실행은 ‘여기서 계속’이 남겨 둔 미래입니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="62"/>
        <source>Restore</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="64"/>
        <source>Train on the selected run again: its network, settings and weights come back; the run left stays in this list</source>
        <translation>선택한 실행으로 다시 학습합니다. 그 신경망, 설정, 가중치가 돌아오고, 떠난 실행은 이 목록에 남습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="67"/>
        <source>Each Reset, change of the network and Continue from here starts a run.</source>
        <translation>초기화, 신경망 변경, ‘여기서 계속’을 할 때마다 새 실행이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/run_list.py" line="122"/>
        <source>ghost: {0}</source>
        <translation>유령: {0}</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../playground/engine/runs.py" line="81"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="89"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="90"/>
        <source>hidden {0}</source>
        <translation>은닉 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="98"/>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="115"/>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="120"/>
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="126"/>
        <source>{0}: {1} → {2} neurons</source>
        <translation>{0}: 뉴런 {1} → {2}개</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="130"/>
        <source>loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="132"/>
        <source>initializer</source>
        <translation>초기화 방법</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="147"/>
        <source>data: {0}</source>
        <translation>데이터: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="149"/>
        <source>{0} changed</source>
        <translation>{0} 바뀜</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="168"/>
        <source>first run</source>
        <translation>첫 실행</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="171"/>
        <source>continued from epoch {0}</source>
        <translation>에포크 {0}부터 계속</translation>
    </message>
    <message>
        <location filename="../../playground/engine/runs.py" line="177"/>
        <source>the same setup again</source>
        <translation>같은 설정으로 다시</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../../playground/ui/surface_plot.py" line="68"/>
        <source>Loss surface</source>
        <translation>손실 곡면</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_plot.py" line="85"/>
        <source>training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_plot.py" line="142"/>
        <source>training path</source>
        <translation>학습 경로</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_plot.py" line="155"/>
        <source>{0} (diverged)</source>
        <translation>{0} (발산)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="129"/>
        <location filename="../../playground/ui/surface_view.py" line="299"/>
        <source>The loss surface appears once there is a network and data.</source>
        <translation>신경망과 데이터가 생기면 손실 곡면이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="135"/>
        <source>Random directions</source>
        <translation>무작위 방향</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="139"/>
        <source>Two random directions in weight space, each scaled layer by layer to the size of that layer&apos;s weights (Li et al., 2018): a typical slice of the landscape.</source>
        <translation>가중치 공간의 무작위 방향 두 개로, 각각 층마다 그 층 가중치의 크기에 맞춰 조정합니다(Li 외, 2018). 손실 지형의 전형적인 단면입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="143"/>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="144"/>
        <source>The same seed gives the same two directions.</source>
        <translation>같은 시드는 같은 두 방향을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="149"/>
        <source>New</source>
        <translation>새로</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="150"/>
        <source>Two other random directions (the next seed)</source>
        <translation>다른 무작위 방향 두 개 (다음 시드)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="155"/>
        <source>Pick two links</source>
        <translation>연결선 두 개 고르기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="156"/>
        <source>Click two links or biases on the network: the map shows the loss as those two parameters change and every other one stays.</source>
        <translation>신경망에서 연결선이나 편향 두 개를 클릭하세요. 지도는 그 두 매개변수가 바뀌고 나머지는 그대로일 때의 손실을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="160"/>
        <source>Race the optimizers</source>
        <translation>옵티마이저 경주</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="164"/>
        <source>Run SGD, momentum, RMSProp and Adam from the current point for a few hundred full-batch steps at the current learning rate, and draw their paths.</source>
        <translation>현재 지점에서 SGD, 모멘텀, RMSProp, Adam을 현재 학습률로 전체 배치 수백 걸음씩 실행하고 그 경로를 그립니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="168"/>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="169"/>
        <source>Compute the surface at the latest weights now</source>
        <translation>최신 가중치에서 지금 곡면을 계산합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="175"/>
        <source>The training loss at the current weights (the white dot), and the slope there in this plane: the length of −∇L projected on it, the white arrow&apos;s direction.</source>
        <translation>현재 가중치(흰 점)에서의 훈련 손실과, 이 평면에서의 기울기: 평면에 사영한 −∇L의 길이이며, 방향은 흰 화살표입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="181"/>
        <source>While training runs, the surface is computed again every {0} s and the race waits for a pause; while paused, after every change.</source>
        <translation>학습하는 동안에는 곡면을 {0}초마다 다시 계산하고, 경주는 일시 정지를 기다립니다. 일시 정지 중에는 바뀔 때마다 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="229"/>
        <source>Picked {0}; one more</source>
        <translation>{0} 고름, 하나 더</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="240"/>
        <source>Click two links or biases</source>
        <translation>연결선이나 편향 두 개를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="255"/>
        <source>random direction 1</source>
        <translation>무작위 방향 1</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="255"/>
        <source>random direction 2</source>
        <translation>무작위 방향 2</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="318"/>
        <source>The network is being built.</source>
        <translation>신경망을 만드는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="345"/>
        <source>Pick two links again, or use random directions.</source>
        <translation>연결선 두 개를 다시 고르거나 무작위 방향을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="351"/>
        <source>Loss here {0} · slope {1} · {2}×{2} grid, {3} points</source>
        <translation>이 지점의 손실 {0} · 기울기 {1} · {2}×{2} 격자, 점 {3}개</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="370"/>
        <source>Training: every {0} s, no race</source>
        <translation>학습 중: {0}초마다, 경주 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="371"/>
        <source>Paused: follows every change</source>
        <translation>일시 정지: 바뀔 때마다 따라감</translation>
    </message>
    <message>
        <location filename="../../playground/ui/surface_view.py" line="376"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../playground/ui/theme.py" line="43"/>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/theme.py" line="44"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/theme.py" line="45"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../playground/ui/timeline.py" line="31"/>
        <source>Drag to look at an earlier epoch (← and → step through them); training pauses</source>
        <translation>끌어서 이전 에포크를 보세요 (←와 →로 하나씩 넘깁니다). 학습은 일시 정지됩니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/timeline.py" line="35"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../../playground/ui/timeline.py" line="36"/>
        <source>Follow the training again (End)</source>
        <translation>다시 학습을 따라갑니다 (End)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/timeline.py" line="38"/>
        <source>Continue from here</source>
        <translation>여기서 계속</translation>
    </message>
    <message>
        <location filename="../../playground/ui/timeline.py" line="40"/>
        <source>Train on from the epoch shown, with the settings as they are now; the later epochs are kept as a ghost run in the run list</source>
        <translation>보이는 에포크부터 지금 설정으로 학습을 이어 갑니다. 그 뒤의 에포크는 실행 목록에 유령 실행으로 남습니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/timeline.py" line="79"/>
        <source>Epoch {0} of {1}</source>
        <translation>에포크 {1} 중 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/timeline.py" line="82"/>
        <source>Live, epoch {0}</source>
        <translation>실시간, 에포크 {0}</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../../playground/engine/trainer.py" line="214"/>
        <source>Training diverged at epoch {0}: the loss or a weight became NaN or infinite. The last finite weights (epoch {1}) are kept; try a smaller learning rate.</source>
        <translation>에포크 {0}에서 학습이 발산했습니다. 손실이나 가중치가 NaN 또는 무한대가 되었습니다. 마지막 유한한 가중치(에포크 {1})를 유지합니다. 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="221"/>
        <source>Stopped at epoch {0}: the training loss reached {1}.</source>
        <translation>에포크 {0}에서 멈췄습니다. 훈련 손실이 {1}에 도달했습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/trainer.py" line="226"/>
        <source>Stopped after the maximum of {0} epochs.</source>
        <translation>최대 에포크 {0}에 도달해 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../playground/ui/controls.py" line="51"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="52"/>
        <source>Learning rate α in W ← W − α·∂L/∂W (type any value)</source>
        <translation>W ← W − α·∂L/∂W의 학습률 α (아무 값이나 입력하세요)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="56"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="57"/>
        <source>How much of the previous step to keep (velocity)</source>
        <translation>이전 걸음을 얼마나 유지할지 (속도)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="60"/>
        <source>Decay ρ</source>
        <translation>감쇠율 ρ</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="61"/>
        <source>Decay of RMSProp&apos;s running mean of squared gradients</source>
        <translation>RMSProp의 기울기 제곱 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="65"/>
        <source>Adam&apos;s decay of the running mean of gradients</source>
        <translation>Adam의 기울기 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="68"/>
        <source>Adam&apos;s decay of the mean of squared gradients</source>
        <translation>Adam의 기울기 제곱 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="71"/>
        <source>Added to the denominator to avoid ÷ 0</source>
        <translation>÷ 0을 피하려고 분모에 더하는 값</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="266"/>
        <location filename="../../playground/ui/controls.py" line="330"/>
        <source>Epochs trained: full passes over the training set</source>
        <translation>학습한 에포크 수: 훈련 집합 전체를 한 번씩 지난 횟수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="270"/>
        <source>Start or pause training (Space)</source>
        <translation>학습 시작 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="273"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="274"/>
        <source>Train one epoch (S)</source>
        <translation>한 에포크 학습 (S)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="277"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="278"/>
        <source>Re-initialise the weights with the same seed (R)</source>
        <translation>같은 시드로 가중치를 다시 초기화 (R)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="284"/>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="286"/>
        <source>How many epochs to train between two redraws</source>
        <translation>화면을 두 번 다시 그리는 사이에 학습할 에포크 수</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="293"/>
        <source>Epochs per update</source>
        <translation>갱신당 에포크</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="312"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="312"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="321"/>
        <source>Epoch {0}</source>
        <translation>에포크 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="328"/>
        <source>A past epoch, shown from the timeline; training has reached epoch {0} (Live or End follows it again)</source>
        <translation>타임라인에서 보여 주는 지난 에포크입니다. 학습은 에포크 {0}까지 진행되었습니다(실시간 또는 End 키로 다시 따라갑니다).</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="347"/>
        <source>The rule that turns gradients into weight updates</source>
        <translation>기울기를 가중치 갱신으로 바꾸는 규칙</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="353"/>
        <location filename="../../playground/ui/controls.py" line="379"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="362"/>
        <source>Samples per gradient step (minibatch size)</source>
        <translation>기울기 한 걸음당 샘플 수 (미니배치 크기)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="364"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="366"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="370"/>
        <source>Penalty on large weights (never on biases)</source>
        <translation>큰 가중치에 주는 벌점 (편향에는 주지 않음)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="376"/>
        <source>Strength λ of the penalty</source>
        <translation>벌점의 강도 λ</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="379"/>
        <source>Rate λ</source>
        <translation>강도 λ</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="381"/>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="384"/>
        <source>Seed of the initial weights and batch order</source>
        <translation>초기 가중치와 배치 순서의 시드</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="386"/>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="387"/>
        <source>Pick a random seed; Reset starts from it</source>
        <translation>무작위 시드를 고릅니다. 초기화하면 그 시드에서 시작합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="391"/>
        <source>Shuffle every epoch</source>
        <translation>에포크마다 섞기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="392"/>
        <source>Off keeps the data&apos;s order, as in hand calculations</source>
        <translation>끄면 손 계산처럼 데이터의 순서를 유지합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="394"/>
        <source>Stop after this many epochs</source>
        <translation>이 에포크 수만큼 학습한 뒤 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="395"/>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="400"/>
        <source>Stop once the training loss falls to this (type any value, or Off)</source>
        <translation>훈련 손실이 이 값까지 떨어지면 멈춥니다 (아무 값이나, 또는 ‘끔’을 입력하세요)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="401"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="406"/>
        <source>How the initial weights are drawn (rebuilds the network)</source>
        <translation>초기 가중치를 뽑는 방법 (신경망을 다시 만듭니다)</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="414"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="415"/>
        <source>Initial weights</source>
        <translation>초기 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="417"/>
        <source>Max epochs</source>
        <translation>최대 에포크</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="418"/>
        <source>Stop at loss</source>
        <translation>정지 손실</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="420"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../playground/ui/controls.py" line="436"/>
        <source>Initial weights: {0}</source>
        <translation>초기 가중치: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingWarnings</name>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="103"/>
        <source>the first layer&apos;s gradients are about {0:,.0f} times smaller than the output layer&apos;s</source>
        <translation>첫 층의 기울기가 출력층보다 약 {0:,.0f}배 작습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="106"/>
        <source>no gradient reaches the first layer, but some reaches the output layer</source>
        <translation>출력층에는 기울기가 조금 도달하지만 첫 층에는 전혀 도달하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="117"/>
        <source>{0} and {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="118"/>
        <source> {0} passes back at most a fraction of the gradient per layer, and the fractions multiply.</source>
        <translation> {0}은(는) 층마다 기울기의 일부만 거꾸로 전달하고, 그 비율이 곱해집니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="122"/>
        <source> {0} pass back at most a fraction of the gradient per layer, and the fractions multiply.</source>
        <translation> {0}은(는) 층마다 기울기의 일부만 거꾸로 전달하고, 그 비율이 곱해집니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="129"/>
        <source>Vanishing gradient: {0} (over the last {1} epochs), so the layers near the input barely learn.{2}</source>
        <translation>기울기 소실: {0}(최근 {1} 에포크 동안). 그래서 입력에 가까운 층은 거의 학습하지 못합니다.{2}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="134"/>
        <source>Try {0} with He initialisation in the hidden layers, or fewer layers.</source>
        <translation>은닉층에 He 초기화와 함께 {0}을(를) 쓰거나, 층 수를 줄여 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="150"/>
        <source>grew {0:,.0f}-fold over the last {1} epochs</source>
        <translation>최근 {1} 에포크 동안 {0:,.0f}배 커졌습니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="152"/>
        <source>are about {0:,.0f} times larger in the first layer than in the output layer</source>
        <translation>첫 층에서 출력층보다 약 {0:,.0f}배 큽니다</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="158"/>
        <source>Exploding gradient: the gradients {0}, so updates overshoot and training may diverge.</source>
        <translation>기울기 폭주: 기울기가 {0}. 그래서 갱신이 지나치게 커서 학습이 발산할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="163"/>
        <source>Try a smaller learning rate, Xavier or He initialisation, or inputs on a smaller scale.</source>
        <translation>더 작은 학습률, Xavier나 He 초기화, 또는 더 작은 규모의 입력을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="179"/>
        <source>Dead neurons: {0} of the {1} {2} neurons in {3} are inactive for every training point; they pass no gradient and will not learn again.</source>
        <translation>죽은 뉴런: {3}의 {2} 뉴런 {1}개 중 {0}개가 모든 훈련 점에서 비활성입니다. 기울기를 전달하지 않으며 다시는 학습하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="185"/>
        <source>Try {0}, {1} or {2}, a smaller learning rate, or He initialisation.</source>
        <translation>{0}, {1}, {2}나 더 작은 학습률, He 초기화를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="205"/>
        <source>R² is {0:.2f}</source>
        <translation>R²가 {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="206"/>
        <source>accuracy is {0:.0f} %</source>
        <translation>정확도가 {0:.0f} %</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="207"/>
        <source>Try a smaller learning rate: a large one can push neurons into saturation, where the gradient is almost 0.</source>
        <translation>더 작은 학습률을 써 보세요. 학습률이 크면 뉴런이 포화되어 기울기가 거의 0이 될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/training_warnings.py" line="216"/>
        <source>Training stalled: the loss has not moved over the last {0} epochs, yet {1}.</source>
        <translation>학습 정체: 최근 {0} 에포크 동안 손실이 움직이지 않았는데도 {1}입니다.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../playground/workers/training.py" line="187"/>
        <source>The edit was not applied: the network changed before it arrived; click the link or bias again.</source>
        <translation>편집이 적용되지 않았습니다. 편집이 도착하기 전에 신경망이 바뀌었습니다. 연결선이나 편향을 다시 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../playground/ui/welcome.py" line="53"/>
        <source>Welcome to the Neural Network Playground</source>
        <translation>신경망 플레이그라운드에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../playground/ui/welcome.py" line="57"/>
        <source>Build a small neural network on the canvas, pick its activations and its loss, press Play and watch it learn the points on the right, live. Every weight, gradient and loss it shows comes from the same chain rule, and the inspector lets you follow it by hand, one node at a time.&lt;br&gt;&lt;br&gt;Start from a preset: each one sets up a network and its data and says what to look at and what to try.</source>
        <translation>캔버스에서 작은 신경망을 만들고, 활성화 함수와 손실 함수를 고른 뒤, 재생을 누르면 오른쪽의 점들을 학습하는 모습을 실시간으로 볼 수 있습니다. 화면에 보이는 모든 가중치, 기울기, 손실은 같은 연쇄 법칙에서 나오며, 인스펙터로 노드 하나씩 직접 따라가 볼 수 있습니다.&lt;br&gt;&lt;br&gt;프리셋에서 시작해 보세요. 프리셋마다 신경망과 데이터를 준비하고, 무엇을 보고 무엇을 해 볼지 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/ui/welcome.py" line="74"/>
        <source>Open this preset</source>
        <translation>이 프리셋 열기</translation>
    </message>
    <message>
        <location filename="../../playground/ui/welcome.py" line="78"/>
        <source>Start with an empty network</source>
        <translation>빈 신경망으로 시작</translation>
    </message>
    <message>
        <location filename="../../playground/ui/welcome.py" line="80"/>
        <source>Take the tour</source>
        <translation>둘러보기</translation>
    </message>
</context>
</TS>
