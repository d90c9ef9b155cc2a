"""Hardware statements in prose (READMEs and docs): what researchers actually write. Pure text in, statements out.

One sentence at a time, with its heading for context:

- GPU phrases read count, model and memory together: "4 A100 80G GPUs", "an 8XA100 40GB node", "a
  single 48GB GPU", "2 GPUs with 40 GB each", "8 A100 GPUs with 80GB memory". A model implies its
  vendor and, when no figure is given, its memory (the smallest variant, from the inventory's own
  GPU catalogue :func:`envboot.domain.needs.gpu_memory`).
- GPU memory is per GPU unless the sentence says it is a total ("in total", "combined", "across",
  "aggregate") or it exceeds any single GPU (> :data:`MAX_SINGLE_GPU_GB`): a total with a GPU count
  is divided by it; without one it gives no per-GPU figure.
- Each figure is read as a minimum or a recommendation ("recommended", "ideally", "for best ...")
  by the words before it in its sentence; a recommendation yields to a stated minimum.
- Each sentence is read as about training, inference or a demo/notebook by its words and its
  heading: "no GPU needed" said of a hosted demo or a notebook says nothing about the repository;
  said of inference it makes the GPU optional.
- RAM, disk and CPU counts: "64 GB of RAM", "600 GB of disk", "8 CPU cores" (with a requirement word).

Every statement says in its ``reading`` which reading was taken (per GPU / total, minimum /
recommended, training / inference / demo).
"""

from __future__ import annotations

import html
import math
import re

from envboot.data.repo_needs import tables
from envboot.data.repo_needs._common import fence_change
from envboot.data.repo_needs.statement import Statement, gb_text
from envboot.domain.needs import gpu_memory

RANGE_LEAST = " (the least of a stated range)"  # "1–8 high-end NVIDIA GPUs": fewer than the examples' 8 will do
MAX_GPUS_PER_NODE = 8  # a count above it is a cluster's, not a node's (a GPU node carries at most 8)
MAX_SINGLE_GPU_GB = 96  # above any single GPU a README would name as a need (H100 80/94, A100 80)

_WORDS = {"one": 1, "single": 1, "a single": 1, "a": 1, "an": 1, "two": 2, "dual": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "sixteen": 16}

# GPU models a README names -> (name the inventory's catalogue recognises, vendor).
_MODELS: tuple[tuple[str, str, str], ...] = (
    (r"H100", "H100", "nvidia"), (r"H200", "H200 141GB", "nvidia"), (r"H800", "H800 80GB", "nvidia"),
    (r"A100", "A100", "nvidia"), (r"A800", "A800 80GB", "nvidia"), (r"V100", "V100", "nvidia"),
    (r"P100", "P100", "nvidia"), (r"K80", "Tesla K80", "nvidia"), (r"T4", "T4", "nvidia"),
    (r"L40S?", "L40", "nvidia"), (r"L4", "L4", "nvidia"), (r"A10G?", "A10", "nvidia"), (r"A30", "A30", "nvidia"),
    (r"A40", "A40", "nvidia"), (r"(?:RTX[\s-]?)?A6000", "RTX A6000", "nvidia"),
    (r"RTX[\s-]?A5000", "A5000 24GB", "nvidia"),
    (r"RTX[\s-]?A4000", "A4000 16GB", "nvidia"), (r"RTX[\s-]?6000\s?Ada", "RTX 6000 Ada", "nvidia"),
    (r"(?:Quadro\s)?RTX[\s-]?[68]000", "Quadro RTX 6000/8000", "nvidia"),
    (r"(?:RTX[\s-]?)?4090", "RTX 4090 24GB", "nvidia"), (r"(?:RTX[\s-]?)?3090(?:\s?Ti)?", "RTX 3090 24GB", "nvidia"),
    (r"(?:RTX[\s-]?)?4080", "RTX 4080 16GB", "nvidia"), (r"(?:RTX[\s-]?)?3080(?:\s?Ti)?", "RTX 3080 10GB", "nvidia"),
    # (the smaller GeForce cards only with "RTX" before the number: a bare 3060 or 4070 is as likely a port;
    # a laptop's card has less memory than the desktop card of its name)
    (r"RTX[\s-]?4070(?:\s?Ti)?\s?Laptop", "RTX 4070 Laptop 8GB", "nvidia"),
    (r"RTX[\s-]?4070(?:\s?Ti)?", "RTX 4070 12GB", "nvidia"),
    (r"RTX[\s-]?4060(?:\s?Ti)?(?:\s?Laptop)?", "RTX 4060 8GB", "nvidia"),
    (r"RTX[\s-]?3070(?:\s?Ti)?(?:\s?Laptop)?", "RTX 3070 8GB", "nvidia"),
    (r"RTX[\s-]?3060\s?(?:Ti|Laptop)", "RTX 3060 Ti 8GB", "nvidia"), (r"RTX[\s-]?3060", "RTX 3060 12GB", "nvidia"),
    (r"(?:RTX[\s-]?)?2080\s?Ti", "RTX 2080 Ti 11GB", "nvidia"),
    (r"(?:RTX[\s-]?)?2080(?:\s?Super)?", "RTX 2080 8GB", "nvidia"),
    (r"(?:GTX\s?)?1080\s?Ti", "GTX 1080 Ti 11GB", "nvidia"), (r"GTX\s?1080", "GTX 1080 8GB", "nvidia"),
    (r"GTX\s?1070(?:\s?Ti)?", "GTX 1070 8GB", "nvidia"), (r"GTX\s?1050\s?Ti", "GTX 1050 Ti 4GB", "nvidia"),
    (r"Titan\s?RTX", "Titan RTX 24GB", "nvidia"), (r"MI300X?", "MI300X 192GB", "amd"),
    (r"MI250X?", "MI250 64GB", "amd"), (r"MI210", "Instinct MI210", "amd"), (r"MI100", "Instinct MI100", "amd"),
)
_MODEL_RE = "|".join(f"(?:{p})" for p, _, _ in _MODELS)
_COUNT = r"\d{1,3}|one|two|three|four|five|six|seven|eight|sixteen|dual|(?:a\s+)?single|an?"
_UNIT = r"\s*-?\s*(?:GB|GiB|G)\b"
_MEM = r"(?<![\d.])(\d{1,3}(?:\.\d)?)" + _UNIT
_NOUN = r"(?i:GPUs?)|graphics\s+cards?|cards?|accelerators?|devices?"
_PHRASE = re.compile(
    rf"(?<![\w.])(?:(?P<count>{_COUNT})(?![\d.])\s*(?:[x×X*]\s*|-\s*)?)?(?:(?:NVIDIA|Nvidia|nvidia|AMD|Tesla|GeForce)\s+){{0,2}}"
    rf"(?:(?P<model>{_MODEL_RE})s?(?![\w])(?:\s*(?:\(|-|\s)?\s*(?<![\d.])(?P<mem1>\d{{1,3}}(?:\.\d)?){_UNIT}\)?)?\s*)?"
    rf"(?:(?<![\d.])(?P<mem2>\d{{1,3}}(?:\.\d)?){_UNIT}\s*)?"
    rf"(?P<noun>{_NOUN})?(?![\w])")
_WITH_MEM = re.compile(
    rf"\s*(?:each\s+)?(?:with|having|of)\s+(?:at\s+least\s+|about\s+|around\s+|~\s*|>=?\s*)?{_MEM}"
    r"(?:\s*(?:of\s+)?(?:GPU\s+)?(?:memory|VRAM|RAM))?(?P<each>\s*(?:each|per\s+GPU|apiece))?", re.IGNORECASE)
_BARE_MEM = re.compile(
    rf"(?:(?:at\s+least|minimum(?:\s+of)?|about|around|~|>=?)\s*)?{_MEM}\+?\s*"
    r"(?:of\s+)?(?:(?:GPU|graphics?)[\s-](?:memory|RAM)|VRAM|video\s+memory|device\s+memory|(?:GPU\s+)?vRAM)"
    r"(?P<each>\s*(?:each|per\s+(?:GPU|card|device)))?", re.IGNORECASE)
# "The minimum GPU memory required is 60GB for 720px and 45G for 544px": the figure after its noun (and what follows it
# for another setting, an alternative)
_MEM_AFTER = re.compile(rf"\b(?:GPU\s+memory|VRAM|video\s+memory)\s+(?:required\s+|needed\s+|"
                        # "The minimum GPU memory requirement for PhotoMaker is 11G"
                        rf"requirements?\s+(?:for\s+[\w.-]+(?:\s+[\w.-]+)?\s+)?)?(?:is|of|:)\s*"
                        rf"(?:at\s+least\s+|about\s+|~\s*)?{_MEM}", re.IGNORECASE)
# "NVIDIA GPU with Compute Compatibility >= 75 and memory > 6GB": the GPU's memory, compared (read in a GPU sentence)
_MEM_COMPARED = re.compile(rf"(?<!system\s)(?<!host\s)(?<!main\s)\bmemory\s*(?:>=?|≥|over|above|more\s+than)\s*{_MEM}",
                           re.IGNORECASE)
_AND_MEM = re.compile(rf"\s*(?:for\s+[^,;.]{{1,40}}?\s+)?(?:and|or|,)\s+{_MEM}", re.IGNORECASE)
# "FP8 weights save about 10GB of GPU memory": a saving, not a need
_SAVING = re.compile(r"\b(?:saves?|saving|reduces?|reducing|cuts?|frees?|lowers?)\s+"
                     r"(?:about\s+|around\s+|~\s*|up\s+to\s+|roughly\s+)?$", re.IGNORECASE)
# "a GPU with at least 24GB"; "a GPU with a significant amount of memory (24GB)"
_GPU_WITH = re.compile(rf"\b(?:GPUs?|graphics\s+cards?)\s+with\s+(?:at\s+least\s+|about\s+|"
                       rf"(?:a\s+)?(?:[\w-]+\s+){{0,3}}(?:memory|VRAM)\s*"
                       rf"\(\s*(?:at\s+least\s+)?(?=\d{{1,3}}(?:\.\d)?\s*-?\s*(?:GB|GiB|G)\s*\)))?{_MEM}",
                       re.IGNORECASE)
_RAM = re.compile(r"(\d{1,5}(?:\.\d+)?)\s*(GB|GiB|TB|G|MB|MiB)\b\+?\s*(?:of\s+)?(?:free\s+|available\s+)?"
                  r"(?:system\s+|host\s+|CPU\s+|main\s+)?(?:[*_]{0,2}ECC[*_]{0,2}\s+)?(?:D?RAM|memory)\b",
                  re.IGNORECASE)  # ("4GB **ECC** RAM")
_DISK = re.compile(r"(\d{1,5}(?:\.\d+)?)\s*(GB|GiB|TB|TiB|G|T)\b\+?\s*(?:of\s+)?"
                   r"(?:free\s+|available\s+(?:on\s+)?|local\s+)?"
                   r"(?:disk(?:\s+space)?|storage|SSD|NVMe|hard\s+drive|space)\b", re.IGNORECASE)
# the figure after its noun: "Server memory must exceed `1T`", "RAM requirement reduces to 35GB"
_RAM_AFTER = re.compile(r"\b(?:(?:system|host|server|CPU|main)\s+)?(?:RAM|memory)(?:\s+requirements?)?\s+"
                        r"(?:must\s+(?:exceed|be\s+(?:at\s+least|over|more\s+than|above))|(?:reduces|drops|goes\s+down)"
                        r"\s+to|(?:required|needed)\s+is|requirement\s+is)\s*[`\"']?(\d{1,5}(?:\.\d+)?)\s*(GB|GiB|TB|T|G)\b",
                        re.IGNORECASE)
# "you will need ... about 30GB of supplemental data": data the run must hold on disk (read only beside a need word)
_DATA_DISK = re.compile(r"(\d{1,5}(?:\.\d+)?)\s*(GB|GiB|TB|TiB|G|T)\b\s+of\s+(?:supplemental|supplementary|reference|"
                        r"additional|input|downloaded|required|model|database)\s+(?:data|files|databases?|weights)\b",
                        re.IGNORECASE)
# what follows a figure that makes it a rate: "per 20 million items", "per million reads", "per 1000 users"
_RATE = re.compile(r"\s*(?:of\s+\w+\s+)?per\s+(?:\d[\d,.]*\s*(?:million|billion|thousand|[kMB])?\b|"
                   r"(?:a\s+|one\s+)?(?:million|billion|thousand|hundred)\b)", re.IGNORECASE)
# "allowing it to run efficiently on instances as small as 8GB": the smallest host it runs on, a minimum
_SMALL_AS = re.compile(r"\b(?:instances?|machines?|servers?|VMs?|hosts?|nodes?)\s+(?:as\s+small\s+as|with\s+as\s+"
                       r"little\s+as)\s+(\d{1,5}(?:\.\d+)?)\s*(GB|GiB|G)\b(?!\s*(?:of\s+)?(?:disk|storage|VRAM))",
                       re.IGNORECASE)
# "... and scale vertically to large 2TB machines with 128 cores": how far it scales, not what it needs
_SCALES_TO = re.compile(r"\bscal(?:e|es|ing)\s+(?:\w+\s+)?(?:up\s+|out\s+)?to\b[^.;]{0,60}$", re.IGNORECASE)
# "we would still expect to reach around 1M+ qps on instances with 16-32 vCPUs": the host a throughput is quoted for
_THROUGHPUT = re.compile(r"\b(?:qps|ops/s(?:ec)?|requests\s+per\s+second|throughput)\b", re.IGNORECASE)
_TAKES = re.compile(r"\b(?:will\s+take|takes?\s+up|occup(?:y|ies)|download(?:s|ing)?)\b", re.IGNORECASE)
# "You will download more than 30GB from HuggingFace": what must fit on disk
_DOWNLOAD = re.compile(r"\bdownload(?:s|ing)?\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|~\s*|roughly\s+)?"
                       r"(\d{1,5}(?:\.\d+)?)\s*(GB|TB|G|T)\b(?!\s*(?:of\s+)?(?:RAM|memory|VRAM))", re.IGNORECASE)
_DISK_AFTER = re.compile(r"(?<![\w])(?:disk|storage|disk\s+space)\b[^.\d]{0,40}?(?<![\d.])(\d{1,5}(?:\.\d+)?)\s*"
                         r"(GB|TB|G|T)\b", re.IGNORECASE)
_CPUS = re.compile(r"(?<![\w.])(\d{1,3})\s*(?:\+\s*)?(?:(?:physical|logical)\s+)?(?:CPU\s+cores?|CPUs|vCPUs?|"
                   r"vCores?|cores|CPU\s+threads|threads)\b", re.IGNORECASE)
# "TigerBeetle requires only a single core per replica machine": one CPU
_ONE_CORE = re.compile(r"\b(?:requires?|needs?)\s+(?:only\s+)?(?:a\s+single|one|1)\s+(?:CPU\s+)?cores?\b",
                       re.IGNORECASE)
_REQUIRE = re.compile(r"\b(requir|need|must|made\s+for|designed\s+for|written\s+for|"
                      r"at\s+least|minimum|min\b|recommend|suffic|enough|tested\s+on|"
                      r"trained\s+on|train(?:ing)?\s+on|run(?:s|ning)?\s+on|fits?\s+(?:on|in)|hardware|"
                      r"use[sd]?\b|using|with\b|on\s+(?:a|an|one|\d))", re.IGNORECASE)
_NO_GPU = re.compile(r"\b(no\s+GPUs?\s+(?:is\s+|are\s+)?(?:required|needed|necessary)|"
                     # ("you do not need a GPU"; not "the other two run as CPU servers and do not need GPUs": a part)
                     r"(?:does|(?:you|we|users)\s+do)(?:\s+not|n't)\s+(?:require|need)\s+(?:an?\s+|any\s+)?GPUs?|"
                     r"without\s+(?:a\s+|any\s+)?(?:dedicated\s+|discrete\s+)?GPUs?|CPU[- ]only|"
                     r"runs?\s+(?:fine\s+|well\s+)?on\s+(?:a\s+|any\s+|your\s+)?CPUs?\b|"
                     # ("it runs fine on a laptop"; not "a feasible sized sample to run on a laptop": what the data
                     # is cut down for)
                     r"(?<!to\s)runs?\s+(?:fine\s+|well\s+)?on\s+(?:a\s+|any\s+|your\s+)?laptop\b)", re.IGNORECASE)
_OFFLOAD = re.compile(r"\boffload\w*", re.IGNORECASE)
# "The ablation study is CPU-only", "the preprocessing step runs CPU-only": one part of the work, not the repository
_PART_CPU_ONLY = re.compile(r"\b(?:study|experiments?|steps?|stages?|tests?|benchmarks?|scripts?|parts?|simulations?|"
                            r"ablations?|pre-?processing|post-?processing|analysis|evaluation)\s+(?:is|are|runs?|can\s+run)"
                            r"\s+(?:entirely\s+|purely\s+)?(?:on\s+)?CPU[- ]only\b|"
                            # "Note: this training doesn't require a GPU." (said of one step of a recipe)
                            r"\bthis\s+(?:training|step|stage|part|regression|fit(?:ting)?)\s+(?:does(?:\s+not|n't)|"
                            r"will\s+not|won't)\s+(?:require|need)\s+an?\s+GPU\b", re.IGNORECASE)
# what follows a memory figure said of one GPU (however the sentence speaks of splitting "across" several)
_ON_ONE_GPU = re.compile(r"[^.;]{0,30}?\b(?:on|with|using|per|for)\s+(?:a\s+single|one|1|each|a)\s*(?:-\s*)?GPU\b",
                         re.IGNORECASE)
_ONE_GPU_WITH = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}GPU\s+with\b", re.IGNORECASE)
_PLURAL_GPUS = re.compile(r"\b(?:GPUs|cards|devices|multi-?GPU|multiple)\b|\bacross\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(in\s+total|total|combined|aggregate|across|overall|altogether|in\s+sum)\b", re.IGNORECASE)
_RECOMMENDED = re.compile(r"\b(recommend\w*|ideally|preferabl\w*|prefer\w*|for\s+(?:best|faster|optimal)|"
                          r"optimal|suggest\w*|tested|testing|up\s+to|works?\s+(?:fine|well)\s+(?:for|on|with)|tuned\s+(?:for|on)|(?:a|this|our)\s+tests?\s+(?:on|with))\b",
                          re.IGNORECASE)  # "a test on a laptop with 6GB VRAM": what it was tried on, not the floor
# (and "expected to work well with >20 G GPU-memory": the least it is said to work with)
_MINIMUM = re.compile(r"\b(?:(minimum|minimal|at\s+least|min\.?|required|requires?|needs?)\b|"
                      r"((?:expected\s+to\s+)?work\s+(?:well\s+)?with\s+)(?=>|more\s+than\b|over\b))", re.IGNORECASE)
_DEMO = re.compile(r"\b(demo|colab|hosted|hugging\s*face\s+spaces?|(?-i:Spaces?)\b|playground|notebooks?|web\s*ui|"
                   r"gradio|streamlit|online|browser|api\s+key)\b", re.IGNORECASE)
_INFER = re.compile(r"\b(inference|infer|predict\w*|serv(?:e|ing)|generat\w*|sampl\w*|evaluat\w*|deploy\w*)\b",
                    re.IGNORECASE)
# (not "a pre-trained DeiT-base", "pretrained weights": a model's adjective, said of evaluating or using it)
_TRAIN = re.compile(r"\b(?<!pre-)(?<!pre)(train\w*|fine-?tun\w*|pre-?train(?!ed\b)\w*|finetun\w*|reproduc\w*)\b",
                    re.IGNORECASE)
_NODES = re.compile(r"\b(\d{1,3}|two|four|eight|sixteen)[- ]nodes?\b", re.IGNORECASE)
_GPU_OR = re.compile(r"\b(CUDA|GPUs?|cudatoolkit|NVIDIA)\b", re.IGNORECASE)
_OR = re.compile(r"\b(or|otherwise|if\s+available|either|instead)\b", re.IGNORECASE)
_SUPPORT_RECOMMENDED = re.compile(r"\brecommend\w*\b[^.;]{0,80}?\bwith\s+(?:CUDA|GPU)\s+support\b", re.IGNORECASE)
_GPU_RECOMMENDED = re.compile(r"\b(?:CUDA|GPUs?|NVIDIA)\b[^.;,:]{0,60}?\b(?:strongly\s+|highly\s+)?recommended\b|"
                              # "set the runtime type to GPU for the best results", "use a GPU for best performance"
                              r"\bGPUs?\b[^.;:]{0,12}?\bfor\s+(?:the\s+)?(?:best|better|faster|optimal)\s+"
                              r"(?:results|performance|speed|experience)\b|"
                              # (not "recommended for GPU workloads": a setting for GPU runs, not a GPU advised)
                              r"\brecommend\w*\b[^.;]{0,30}?\b(?:an?\s+)?(?:NVIDIA\s+|CUDA\s+)?GPUs?\b"
                              r"(?!\s+(?:workloads?|jobs?|runs?|mode|kernels?|memory|usage|versions?|builds?))",
                              re.IGNORECASE)
_NEEDS_A_GPU = re.compile(r"\b(?:requires?|needs?|must\s+have|should\s+have)\s+(?:an?\s+)?"
                          r"(?:CUDA(?:-capable|\s+capable|-enabled|\s+enabled)?|"
                          r"NVIDIA)\s*(?:GPU|graphics\s+card|card)?\b|"
                          # "To train with the hyperparameters used in the paper on cuda:0, launch:": a CUDA device
                          r"\b(?:on|to)\s+(?:the\s+)?`?cuda:\d{1,2}\b(?![^.;]{0,20}\bor\s+(?:the\s+)?`?(?:cpu|mps)\b)|"
                          # "An NVIDIA GPU with CUDA support is required."
                          r"\b(?:an?\s+)?(?:NVIDIA|CUDA(?:-capable|-enabled)?)\s+GPU\b[^.;]{0,40}?\b(?:is|are)\s+"
                          r"(?:required|needed|necessary)\b|"
                          # "Video inpainting typically requires a significant amount of GPU memory."
                          r"\b(?:requires?|needs?)\s+(?:a\s+)?(?:significant|large|lot|substantial|considerable|high|"
                          r"huge)\s+(?:amounts?\s+of\s+|of\s+)?(?:GPU\s+memory|VRAM)\b", re.IGNORECASE)
# an item of a requirements list naming a GPU: "- A running Kubernetes (K8s) environment with GPUs"
_LISTED_GPU = re.compile(r"^\W*(?:an?\s+|the\s+)?(?:running\s+)?[\w() -]{0,40}?\b(?:with|having|and)\s+"
                         r"(?:an?\s+|one\s+or\s+more\s+)?(?:NVIDIA\s+)?GPUs?\b", re.IGNORECASE)
_LISTED_PLATFORM = re.compile(r"^\W*(?:an?\s+|the\s+)?(?:(?:AMD|NVIDIA)\s+)?\[?(?P<p>ROCm|CUDA|HIP)\]?(?:\[\])?"
                              r"(?=\s+(?:platform|toolkit|runtime|SDK|drivers?|\(?\d|>=?|version)|\s*$)", re.IGNORECASE)
_NOT_REQUIRED_ITEM = re.compile(r"\boptional\b|\bif\b|\bfor\s+GPU\b|\bonly\b", re.IGNORECASE)
_PHRASE_HAS_COUNT = re.compile(r"\b\d{1,3}\s*(?:x\s*)?(?:GPUs|GB|G\b)|\b(?:two|four|eight)\s+GPUs", re.IGNORECASE)
_OPTIONAL_GPU = re.compile(r"\(optional\)[^.]{0,80}?\bGPUs?\b|\bGPUs?\b[^.]{0,40}?\(optional\)|"
                           r"\bif\s+you\s+(?:want|wish|have|would\s+like)\s+to\s+(?:run|use|train)[^.]{0,40}?\bGPUs?\b|"
                           r"\b(?:GPU|CUDA)\s+(?:is\s+)?(?:used\s+)?(?:if|when)\s+(?:one\s+is\s+)?available\b|"
                           r"\boptional(?:ly)?\s+(?:a\s+)?(?:NVIDIA\s+|CUDA\s+)?GPU|"
                           # "Optional cuTile acceleration requires NVIDIA's separately installed `tileiras` tool."
                           r"^\W*optional(?:ly)?\b[^.;]{0,60}?\b(?:GPUs?|CUDA|acceleration)\b|"
                           # a hosted notebook's runtime: "under "Hardware accelerator" select "GPU"", "a GPU runtime"
                           r"\b(?:hardware\s+accelerator|runtime\s+type)\b[^.]{0,60}?\bGPU\b|\bGPU\s+runtime\b|"
                           # "and optionally an install of cuda 9.0 or later"; a switch: "`cuda`: Whether to use CUDA
                           # (GPU) for training."
                           r"\boptionally\s+(?:an?\s+)?(?:install(?:ation)?\s+of\s+)?(?:CUDA|ROCm)\b|"
                           r"\bwhether\s+to\s+use\s+(?:the\s+)?(?:CUDA|GPUs?)\b",
                           re.IGNORECASE)
# Said of a GPU build or path beside a CPU one, or of only some parts: "The CUDA wheel is optional",
# "optional CUDA wheels", "Both CPU and GPU version packages are available", "CUDA enabled variants of the
# image", "GPU-accelerated X as alternative to Y", "modules that require a GPU", "To use GPU, ...".
_GPU_ALTERNATIVE = re.compile(
    r"\b(?:GPU|CUDA|ROCm)\b[^.;:]{0,40}?\b(?:is|are)\s+(?:entirely\s+|completely\s+)?optional\b|"
    r"\boptional\s+(?:NVIDIA\s+)?(?:CUDA|GPU|ROCm)\b|"
    r"\b(?:both\s+)?CPU\s*(?:and|or|&|/)\s*GPU\s+(?:versions?|builds?|variants?|packages?|images?|wheels?|modes?)\b|"
    r"\bGPU\s*(?:and|or|&|/)\s*CPU\s+(?:versions?|builds?|variants?|packages?|images?|wheels?|modes?)\b|"
    r"\b(?:CUDA|GPU|ROCm)[- ](?:enabled|accelerated|capable)\s+(?:variants?|versions?|images?|builds?|packages?|"
    r"wheels?|flavou?rs?)\b|"
    r"\bGPU\b[^.;]{0,80}?\bas\s+(?:an?\s+)?alternative\b|"
    r"\b(?:modules?|processes|steps|tools|parts|features|functions|components|examples|models|tests|kernels|"
    r"backends|some|certain)\s+(?:that|which)\s+(?:requires?|needs?|uses?)\s+(?:an?\s+)?(?:NVIDIA\s+)?(?:GPU|CUDA)|"
    # "If you are using newer NVIDIA GPUs (e.g., 3060 TI), you may need ..."
    # (not "If you have sufficient GPUs, choose flat indexing on GPUs": how many, GPUs a given)
    r"\bif\s+you\s+(?:are\s+using|use|have|own)\s+(?:an?\s+|the\s+)?"
    r"(?!(?:sufficient|enough|more|multiple|several|many)\b)(?:[\w-]+\s+){0,3}GPUs?\b|"
    # "both CPU and GPU", "on CPU or GPU", "(required by RAJA if using CUDA)", "back-ends: Sequential, OpenMP, CUDA"
    # (not "swapping blocks between CPU and GPU": offloading, within one GPU run)
    # (not "Elastic GPU & CPU buffers", "a hybrid of GPU and CPU physical memory", "the quota of CPU and GPU memory":
    # memory a GPU run spans; "where CPU and GPU are connected via NVLink": one machine's parts)
    r"(?<!between\s)\b(?:both\s+)?(?:on\s+)?CPUs?\s+(?:and|or|&|/)\s+(?:on\s+)?GPUs?\b"
    r"(?!\s+(?:buffers?|memory|memories|physical|RAM|transfers?|copies|communication|offload\w*|"
    r"(?:are\s+)?(?:connected|interconnected|linked))\b)|"
    r"(?<!between\s)\bGPUs?\s+(?:and|or|&|/)\s+CPUs?\b"
    r"(?!\s+(?:buffers?|memory|memories|physical|RAM|transfers?|copies|communication|offload\w*|"
    r"(?:are\s+)?(?:connected|interconnected|linked))\b)|"
    # (not "if you use CUDA 12.1, install ...": which CUDA version, not whether)
    r"\bif\s+(?:using|building\s+with|built\s+with|compiled\s+with|you\s+use|enabled?)\s+(?:the\s+)?(?:CUDA|HIP|ROCm|GPUs?)\b(?!\s*\d)|"
    r"\b(?:back-?ends?|backends?)\b[^.;]{0,60}?\b(?:Sequential|OpenMP|CPU|serial)\b[^.;]{0,30}?\b(?:CUDA|HIP|GPU)\b|"
    r"(?:^|[.;:]\s*|\bin\s+order\s+)\s*to\s+(?:use|enable|run\s+on|train\s+on)\s+(?:an?\s+|the\s+)?(?:NVIDIA\s+)?GPUs?\b"
    # "To run on GPUs with low VRAM, ...": which GPUs, not whether; "To use GPUs within docker you need ...": how
    r"(?!\s+(?:with|that|having|of|which|within|in(?:side)?\s+(?:the\s+|a\s+)?(?:docker|containers?))\b)",
    re.IGNORECASE)
# A GPU named as a capability, not as a need: "Support for multi-GPU training", "GPU acceleration",
# "supports a variety of GPU acceleration options", "to build with NVIDIA CUDA support enabled". Read at the
# confidence of a signal (inferred): it decides only when nothing says a GPU is required.
_GPU_SUPPORTED = re.compile(
    r"\bsupport(?:s|ed)?\s+(?:for\s+)?(?:multi-?|multiple\s+)?(?:NVIDIA\s+|AMD\s+)?GPUs?\b|"
    r"\b(?:GPU|CUDA|ROCm)s?\s+supports?\b|\bGPU[- ]accelerat\w+|\bGPU\s+acceleration\b|"
    r"\b(?:CUDA|ROCm|GPU)\s+(?:support\s+)?enabled\b|\b(?:CUDA|GPU)[- ]accelerated\b|"
    r"\boptimi[sz]ed\s+(?:\w+\s+){0,2}on\s+GPUs\b|\butili[sz]es?\b[^.]{0,60}\bGPUs\b|"
    # "In order to use JAX on your accelerators, you can find more details in ...": how to use one, if you have one
    r"\bto\s+(?:use|run)\s+[\w`.-]+\s+on\s+(?:your|an?)\s+(?:accelerators?|GPUs?)\b|"
    # how to give a container the host's GPU: an install step for the GPU path, not a statement that one is needed
    r"\bnvidia-docker\b|\bNVIDIA\s+Container\s+Toolkit\b",
    re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no)\s*$|n't\s*$", re.IGNORECASE)
# "1&ndash;8 high-end NVIDIA GPUs", "1-8 GPUs", "2 to 4 GPUs": the least of the range will do
_RANGE_COUNTS = re.compile(r"(?<![\w.])(\d{1,2})\s*(?:&ndash;|–|—|-|to)\s*(\d{1,2})\s+(?:[\w-]+\s+){0,3}GPUs\b",
                           re.IGNORECASE)
_CUDA_VERSION = re.compile(r"\bCUDA\s+(?:version\s+|toolkit\s+)?(?:>=?\s*)?\d{1,2}\.\d\b")
# the setup a README asks for names NVIDIA's toolkit: "In a conda env with PyTorch / CUDA available", "a CUDA-enabled
# PyTorch", "CUDA installed" (a mention: it names the vendor only when nothing else does)
# (and "specify `CUDA_VISIBLE_DEVICES` to select which GPUs to use": CUDA's device variable)
_CUDA_SETUP = re.compile(r"\b(?:PyTorch\s*/\s*CUDA|CUDA[- ](?:enabled|capable)|"
                         r"CUDA\s+(?:is\s+)?(?:available|installed)|CUDA_VISIBLE_DEVICES)\b", re.IGNORECASE)
_NVIDIA_WORD = re.compile(r"\b(?:NVIDIA|CUDA|cuDNN|TensorRT)\b", re.IGNORECASE)
_AMD_WORD = re.compile(r"\b(?:AMD|ROCm|HIP)\b")
_ALTERNATIVE_COUNTS = re.compile(rf"\b({_COUNT})\s+or\s+({_COUNT})\b", re.IGNORECASE)
_MODELS_EITHER = re.compile(rf"(?:{_MODEL_RE})\s*(?:/|,\s*(?:or\s+)?|\s+or\s+)", re.IGNORECASE)
_OR_LIST = re.compile(r"(?<![\w.])\d{1,2}\s*[x×]\s*[\w-]+(?:\s*,\s*(?:or\s+)?\d{1,2}\s*[x×]\s*[\w-]+|\s+or\s+\d{1,2}"
                      r"\s*[x×]\s*[\w-]+)+", re.IGNORECASE)
_NODES_PAREN = re.compile(r"\b(\d{1,3})\s+(?:[\w-]+\s+){0,2}nodes?\s*\(\s*(\d{1,4})\s+GPUs?\s*\)", re.IGNORECASE)
_MAC = re.compile(r"\b(?:Mac(?:OS|s|Book)?|Apple|MPS)\b", re.IGNORECASE)
_VENDOR_GPUS = re.compile(r"\b(NVIDIA|AMD|Intel)\s+(?:[\w-]+\s+)?\[?GPUs?\b", re.IGNORECASE)  # "Intel [GPU](...)"
_GPU_WORD = re.compile(rf"GPU|{_MODEL_RE}", re.IGNORECASE)  # a phrase needs one of these
_STRONG = re.compile(r"\b(requir|need|must|at\s+least|minimum|recommend)", re.IGNORECASE)
_NOT_GPU_PHRASE = re.compile(r"\b(faster|slower|speed-?up|outperform\w*|than|throughput|latency|it/s|"
                             r"tokens?/s|per\s+second|benchmark\w*|compared|comparisons?|peaks?|vs\.?|times|speed|metrics?|averaged|"
                             r"measured|mAP|epochs|FPS|reproduce\s+by|(?:was|were)\s+(?:run|measured|obtained|"
                             r"executed|recorded))\b",
                             re.IGNORECASE)

# What a run took, or what an example printed, on some hardware: "joystick policies train in 6 minutes on an A100
# GPU", "Training time is ~7h11m in 32 V100 GPUs", "takes 6 days on a single machine with 8 V100 cards", "Example
# output of test with RTX 3090". The hardware it names is the setup the authors used (a recommendation), not a
# statement that a GPU is needed.
# ("It takes 6 GB VRAM for shape generation": what it takes is memory, no timing)
_TIMING = re.compile(r"\b(?:(?:example|sample)\s+(?:output|commands?\s+for)|training\s+time|"
                     r"(?:takes?|took)(?!\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+|~\s*)?"
                     r"\d+(?:\.\d+)?\s*(?:GB|GiB|G)\b))\b|"
                     r"\b(?:benchmark(?:ing|s)?|tests?|experiments?|runs?)\s+(?:was|were|are|is)\s+(?:done|run|performed|"
                     r"conducted|measured)\s+on\b|"
                     # "Executed with 4 threads on a c5.2xlarge instance", "All displayed speeds are estimated ... on a
                     # NVIDIA A100 GPU": what a benchmark's figures were measured on
                     r"^\W*executed\s+(?:with|on)\b|\b(?:speeds?|timings?|throughputs?)\s+(?:are|were|is|was)\s+"
                     r"(?:estimated|measured|reported|computed)\b|"
                     # "I run ... on my home machine with 8 cores": the author's own run, the machine it was run on
                     r"\bI\s+(?:run|ran|tested|benchmarked)\b|\bmy\s+(?:home\s+|own\s+|local\s+)?(?:machine|laptop|"
                     r"desktop|workstation|computer|PC)\b|"
                     r"\b(?:in|within)\s+(?:a\s+span\s+of\s+)?[\"'“”]?(?:~\s*|about\s+|under\s+|less\s+than\s+|"
                     r"just[\"'“”]?\s+)?\d+(?:\.\d+)?\s*"
                     r"(?:min(?:ute)?s?|hours?|hrs?|h|seconds?|secs?|days?|weeks?)\b|~?\d+h\d+m\b", re.IGNORECASE)

# What a sentence says is possible, not what is needed: "This allows to do inference of large models on a single
# GPU", "shows how to load the 15B model ... on a single GPU", "makes it possible to train on one GPU".
_CAPABILITY = re.compile(r"\b(?:allows?|allowing|enables?|enabling|lets?\s+you|makes?\s+it\s+possible|offers?|"
                         r"fully\s+supports?|"
                         r"shows?\s+how|it\s+is\s+possible|possible\s+to)\b", re.IGNORECASE)
_NOUN_REQUIRED = re.compile(r"\bthe\s+(?:VRAM|(?:GPU\s+)?memory|compute)\s+(?:required|needed)\b", re.IGNORECASE)
# The GPUs a sentence excludes: "GPUs with CUDA compute capabilities < 7.5 are not supported (V100, ...)".
_UNSUPPORTED = re.compile(r"\b(?:not|no\s+longer|never)\s+(?:be\s+)?supported\b|\bunsupported\b|"
                          r"\bdoes(?:\s+not|n't)\s+(?:work|run)\s+on\b", re.IGNORECASE)


def context(sentence: str, heading: str) -> str:
    """training | inference | demo | '' — what a sentence is about, from its words, else its heading."""
    for text in (sentence, heading):
        if _DEMO.search(text):
            return "demo"
        if _TRAIN.search(text):
            return "training"
        if _INFER.search(text):
            return "inference"
    return ""


def _count(word: str | None) -> int | None:
    if not word:
        return None
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else _WORDS.get(w)


def gpu_model(text: str) -> tuple[str, str] | None:
    """A GPU model named in full (``A100``, ``rtx2080``, ``RTX 3090``) as (catalogue name, vendor), or None."""
    for pattern, name, vendor in _MODELS:
        if re.fullmatch(pattern, text, re.IGNORECASE):
            return name, vendor
    return None


def _preceded(sentence: str, at: int, pattern: re.Pattern[str], width: int = 16) -> bool:
    """The words just before a figure at ``at`` match ``pattern``: an upper bound ("GPUs with less than 10GB VRAM":
    which GPUs a tip is for), a saving ("saves about 10GB"): not a need."""
    return at >= 0 and bool(pattern.search(sentence[max(0, at - width):at]))


def _kind(sentence: str, pos: int) -> str:
    """minimum or recommended, by the words in the sentence before ``pos`` (the nearest wins)."""
    before = sentence[:pos]
    rec = [m.end() for m in _RECOMMENDED.finditer(before)]
    mini = list(_MINIMUM.finditer(before))
    if rec and (not mini or rec[-1] > mini[-1].end() or 0 <= mini[-1].start() - rec[-1] <= 8):
        return "recommended"  # (and "preferably with at least 2 GPUs": a preference, however it is put)
    after = re.split(r"[,;(]|\band\b|\d", sentence[pos:].lstrip("0123456789. "), maxsplit=1)[0]
    if _RECOMMENDED.search(after[:40]):
        return "recommended"
    return "minimum"


# a host figure in the main clause of a sentence that opens with an if-clause is a case the text names: "If you
# can't use swap at all you may need 3G RAM" (beside the stated minimum "512MB RAM")
_IF_LEAD = re.compile(r"^\W*if\b(?!\s+(?:you\s+)?(?:want|wish|would\s+like)\s+to\s+(?:run|use|train)\b)", re.IGNORECASE)
_CASE = "recommended (a case an if-clause names)"


_POSSIBLE = re.compile(r"\b(?:it\s+is\s+possible\s+to|(?:is|are)\s+able\s+to|you\s+can\s+(?:even\s+)?run)\b",
                       re.IGNORECASE)
_SUFFICES = "recommended (a setup it is said to run on)"


def _host_kind(sentence: str, pos: int) -> str:
    """``_kind`` for a host figure (RAM, disk, CPUs): a case when the sentence opens with an if-clause; what it is
    said to be possible on ("It is possible to run a 3 node cluster on a laptop with 8GB of RAM") is a setup that
    suffices, not a minimum."""
    if _IF_LEAD.match(sentence):
        return _CASE
    if _POSSIBLE.search(sentence[:pos]) and not _STRONG.search(sentence):
        return _SUFFICES
    if _BUILDING.search(sentence[:pos]):
        return _BUILD
    return _kind(sentence, pos)


# "Building FoundationDB requires at least 8GB of memory": what compiling it takes, not what running it needs
_BUILDING = re.compile(r"^\W*(?:building|compiling)\b|\b(?:to\s+(?:build|compile)|for\s+(?:building|compiling)|"
                       r"when\s+(?:building|compiling)|(?:build|compil)(?:ing|e|d)?\s+(?:\w+\s+)?from\s+source)\b",
                       re.IGNORECASE)
_BUILD = "recommended (what building it from source takes)"
# "For instance, running XSBench with 4 threads vs 8 threads should generate the same hash": an illustration
# comparing two settings (but "For example, on Azure, launch a VM with ... 256 GB of disk": a setup to follow)
_COMPARED_EXAMPLE = re.compile(r"^\W*(?:for\s+(?:instance|example)|e\.g\.)\s*,.*\b(?:vs\.?|versus)\s", re.IGNORECASE)


_MEASURED = re.compile(r"\b(?:benchmark\w*|performance|results|throughput|speed|efficiency|evaluation\s+results)\b",
                       re.IGNORECASE)
# an illustration of how something works, not a need: "e.g., for two GPUs, the first half ... on GPU 0"
_EXAMPLE = re.compile(r"(?:\be\.g\.|\bfor\s+(?:example|instance))\s*,?\s*(?:for|with|on|using)?\s*$", re.IGNORECASE)
_FOR_SETTING = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:for|when|to\s+(?:run|train))\b", re.IGNORECASE)
_IF_YOU_HAVE = re.compile(r"\bif\s+(?:you|your\s+\w+)\s+(?:have|has|own|only\s+have)\s+(?:only\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\bwould\s+(?:require|need)\b", re.IGNORECASE)
# a count inside an if-clause is a case the text illustrates, not a need: "if you want to train tag_continuous
# with 2 GPUs and CUDA C backend", "If this configuration were applied to a node with 8 GPUs on it"
_IF_CLAUSE = re.compile(r"\bif\s+(?:you\s+(?:want|wish|would\s+like)\s+to\b|[^.;,:]{0,40}\bwere\b)[^.;,:]{0,100}$|"
                        # "GPT-J has 28 layers, if we use two GPUs to form a pipeline, --num-layers should be 14"
                        r"\bif\s+(?:we|you)\s+use\s+[^.;,:]{0,30}$|"
                        # "If you are using non-EFA enabled instances, such as G4dn, or single GPU g5 nodes, ..."
                        r"\bif\s+you\s+(?:are|'re)\s+(?:using|running\s+on)\b"
                        r"(?:[^.;:,]|,\s*(?:such\s+as|or|e\.g\.)\b){0,120}$|"
                        # "If you launch multiple jobs on a single machine, e.g., 2 jobs of 4-GPU training on a machine
                        # with 8 GPUs, ..."
                        r"\bif\s+you\s+(?:launch|run|start)\b[^.;:]{0,60},\s*e\.g\.,?[^.;:]{0,80}$", re.IGNORECASE)
_TIMED = "recommended (the setup a timing or an example was run on)"
_ZERO_GPU_FLAG = re.compile(r"--(?:num[_-])?n?gpus?(?:[_-]per[_-](?:worker|node|task))?[= ]0\b(?!\s*,)")
# a network layer, not NVIDIA's L4 GPU: "L4 lb", "the L4 forwarding plane", "L4/L7 load balancing", "L3/L4"
_NETWORK_LAYER = re.compile(r"\bL[2-7](?=\s*(?:/\s*L[2-7]\b|-?lbs?\b|load[- ]?balanc|forward|switch|proxy|rout|"
                            r"firewall|traffic|headers?\b|protocol|packet|connection|network|filter))|"
                            r"(?<=\bL[2-7]/)L[2-7]\b|(?<=\bL[2-7] and )L[2-7]\b", re.IGNORECASE)
_QUOTED_SIZE = re.compile(r"`(\d{1,5}(?:\.\d+)?\s*(?:GB|GiB|G|TB|TiB|T|MB|MiB))`")
# "about 24G~27G GPU memory", "24–27 GB": a range of sizes, read as its least (what the smaller runs take)
_SIZE_RANGE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d)?)\s*(GB|GiB|G)?\s*(?:~|～|–|to)\s*\d{1,3}(?:\.\d)?\s*"
                         r"(GB|GiB|G)\b")
_QUOTED_CODE = re.compile(r"``[^`]+``|`[^`]+`")
# `cpu-only`, `iot`: a name set as code; --use-case="cpu-only": a flag's value that names a data set (not
# `--device cpu`, which runs on the CPU)
# a shell command set as a blockquote ("> python -m torch.distributed.launch --nproc_per_node=4 train.py")
_COMMAND = re.compile(r"(?:\$\s*)?(?:python3?|torchrun|accelerate|deepspeed|bash|srun|CUDA_VISIBLE_DEVICES=\S+)\s+\S")
_CODE_NAME = re.compile(r"`[A-Za-z][\w.-]*`|--(?!(?:device|accelerator|backend|platform)\b)[\w-]+=[\"']?[A-Za-z]"
                        r"[\w.-]*[\"']?")
# "For GPUs with less than 10GB VRAM, ... is recommended": which GPUs a tip is for, not what is needed
_UPPER_BOUND = re.compile(r"(?:\b(?:less|fewer)\s+than|\bunder|\bbelow|\bup\s+to|<=?)\s*(?:~\s*)?$", re.IGNORECASE)
_CONDITION = re.compile(r"\bif\s+(?:you|your\s+\w+)\s+(?:have|has)\s+(?:more|less|fewer)\s+than\s*$|"
                        r"\bif\s+(?:you|your\s+\w+)\s+(?:have|has)\s+(?:over|under|above|below)\s*$", re.IGNORECASE)
_LINK = re.compile(r"\]\([^)\s]*\)|<?https?://[^\s)>]+>?")


# the count and memory written around the model another way: "4x40GB A100s", "4 80GB A100s",
# "an A100 (40G * 8) server"
_COUNT_MEM_MODEL = re.compile(rf"(?<![\w.])(\d{{1,2}})(?:\s*[x×]\s*|\s+)(\d{{1,3}})\s*(GB|G)\s+({_MODEL_RE})(s?)"
                              r"(?![\w])")
_MODEL_MEM_TIMES = re.compile(rf"(?<![\w])(?:an?\s+)?({_MODEL_RE})\s*\(\s*(\d{{1,3}})\s*(GB|G)\s*[*x×]\s*"
                              r"(\d{1,2})\s*\)")


# "80GB*8 GPUs are required": each GPU's memory times the count
_MEM_TIMES_COUNT = re.compile(r"(?<![\w.])(\d{1,3})\s*(GB|G)\s*[*x×]\s*(\d{1,2})\s+(GPUs?)\b")


# "a minimum of 4 x 80GB multi-GPU system is required": the count and memory of the system's GPUs
_COUNT_MEM_SYSTEM = re.compile(r"(?<![\w.])(\d{1,2})\s*[x×]\s*(\d{1,3})\s*(GB|G)\s+multi-?GPU\s+"
                               r"(?:system|node|server|machine)s?\b", re.IGNORECASE)


def _reordered(sentence: str) -> str:
    """``4x40GB A100s``, ``4 40GB A100s`` -> ``4x A100 40GB``, ``an A100 (40G * 8)`` -> ``8x A100 40G``,
    ``80GB*8 GPUs`` -> ``8 GPUs with 80GB``, ``4 x 80GB multi-GPU system`` -> ``4x 80GB GPUs``: the order the
    phrase reads."""
    sentence = _COUNT_MEM_SYSTEM.sub(lambda m: f"{m[1]}x {m[2]}{m[3]} GPUs", sentence)
    sentence = _MEM_TIMES_COUNT.sub(lambda m: f"{m[3]} {m[4]} with {m[1]}{m[2]}", sentence)
    sentence = _COUNT_MEM_MODEL.sub(lambda m: f"{m[1]}x {m[4]} {m[2]}{m[3]}", sentence)
    return _MODEL_MEM_TIMES.sub(lambda m: f"{m[4]}x {m[1]} {m[2]}{m[3]}", sentence)


def sentence_statements(sentence: str, line: int, heading: str, *, required: bool = False,
                        measured: bool = False, intro: str = "") -> list[Statement]:
    """Statements in one sentence (which lies on one line); link targets and URLs are not prose. ``required``:
    the sentence is an item of a list its introduction (``intro``) says is required ("will need the following:")."""
    sentence = _LINK.sub("]", sentence).replace("**", "")  # "A100 GPUs with **80 GB** of memory": emphasis
    sentence = _QUOTED_SIZE.sub(r"\1", sentence)  # "only requires about `8G` VRAM": a size set as code, read as said
    sentence = _SIZE_RANGE.sub(lambda m: f"{m.group(1)}{m.group(2) or m.group(3)}", sentence)
    sentence = _NETWORK_LAYER.sub("layer", sentence)  # "from user to L4 lb", "L3/L4 forwarding": no NVIDIA L4
    sentence = _reordered(sentence)
    if required and (labelled := _labelled(sentence, line, intro)):
        return labelled
    # a quoted message ("``ValueError: fp16 mixed precision requires a GPU`` is occurred"): not the author's words
    # (a command with flags, "`--num-workers 6 --gpu-per-worker 0`", stays: it is what the author says to run)
    sentence = _QUOTED_CODE.sub(lambda m: "`…`" if len(m.group(0).split()) >= 4 and "--" not in m.group(0)
                                else m.group(0), sentence)
    out: list[Statement] = []
    ctx = context(sentence, heading)
    about = f", {ctx}" if ctx else ""
    names = [(a.start(), a.end()) for a in _CODE_NAME.finditer(sentence)]
    # ("choose from `cpu-only`, `devops`, or `iot`": a value's name set as code, not a claim of no GPU)
    m = next((x for x in _NO_GPU.finditer(sentence) if not any(a <= x.start() and x.end() <= b for a, b in names)),
             None)
    if m:
        if ctx == "demo":
            return []  # said of a hosted demo or a notebook, not of the repository
        if _PART_CPU_ONLY.search(sentence):
            return []  # "The ablation study is CPU-only": one part, saying nothing of the rest
        if _OFFLOAD.search(sentence):
            return []  # "CPU-only uses OffloadingConnector; CPU+disk uses ...": where the KV cache is offloaded to
        rec = _GPU_RECOMMENDED.search(sentence) or _SUPPORT_RECOMMENDED.search(sentence)
        if rec:  # "We strongly recommend installing PyTorch with CUDA support, although ... can be run on CPU"
            out.append(Statement(line, None, "optional", f"a GPU recommended, a CPU way beside it{about}",
                                 rec.group(0)))
            if re.search(r"CUDA|NVIDIA", rec.group(0), re.IGNORECASE):
                out.append(Statement(line, "gpu_vendor=nvidia", "optional", f"CUDA means an NVIDIA GPU, recommended"
                                     f"{about}", rec.group(0)))
            return out
        either = _GPU_OR.search(sentence) and _OR.search(sentence)
        if either:  # "cudatoolkit ... or cpuonly on a machine without a GPU": GPU or CPU
            return [Statement(line, None, "optional", f"a GPU or the CPU{about}", m.group(0))]
        out.append(Statement(line, None, "optional" if ctx == "inference" else "none",
                             f"no GPU{about}", m.group(0)))
        return out
    z = _ZERO_GPU_FLAG.search(sentence)
    if z:  # "on a local laptop, a reasonable configuration would be `--gpu-per-worker 0`": a CPU run documented
        return [Statement(line, None, "optional", f"a documented run with no GPU{about}", z.group(0))]
    o = _OPTIONAL_GPU.search(sentence)
    if o:  # "(Optional) If you want to run it on a GPU ...", "uses a GPU if available"
        out = [Statement(line, None, "optional", f"a GPU optional{about}", o.group(0))]
        if re.match(r"whether\s+to\s+use\s+(?:the\s+)?CUDA", o.group(0), re.IGNORECASE):  # a CUDA switch: NVIDIA's
            out.append(Statement(line, "gpu_vendor=nvidia", "optional", f"CUDA means an NVIDIA GPU, optional{about}",
                                 o.group(0)))
        return out
    a = _GPU_ALTERNATIVE.search(sentence)
    if a and not _PHRASE_HAS_COUNT.search(sentence):  # "The CUDA wheel is optional", "CPU and GPU versions"
        out.append(Statement(line, None, "optional", f"a GPU path beside a CPU one (or for some parts only){about}",
                             a.group(0)))
        if _NVIDIA_WORD.search(sentence) and not _AMD_WORD.search(sentence):
            out.append(Statement(line, "gpu_vendor=nvidia", "optional", f"its GPU path is NVIDIA's (CUDA){about}",
                                 _NVIDIA_WORD.search(sentence).group(0)))  # type: ignore[union-attr]
        return out
    q = next((m for m in _NEEDS_A_GPU.finditer(sentence)  # "if you do not need CUDA ...": not a need
              if not _NEGATED.search(sentence[max(0, m.start() - 12):m.start()])), None)
    if q and not _PHRASE_HAS_COUNT.search(sentence):  # "GPU image (requires nvidia-docker)", "requires a CUDA GPU"
        out.append(Statement(line, None, "required", f"a GPU required, no count given{about}", q.group(0)))
        if re.search(r"CUDA|NVIDIA", q.group(0), re.IGNORECASE):
            out.append(Statement(line, "gpu_vendor=nvidia", "required",
                                 f"CUDA/NVIDIA means an NVIDIA GPU, no count given{about}",
                                 q.group(0)))
        return out
    plat = _LISTED_PLATFORM.match(sentence) if required and not _NOT_REQUIRED_ITEM.search(sentence) else None
    if plat:  # a requirements list's "* AMD ROCm platform (4.1 or later)", "- CUDA Toolkit 12.1": a GPU's platform
        vendor = "nvidia" if plat.group("p").upper() == "CUDA" else "amd"
        return [Statement(line, None, "required", f"a GPU required: {plat.group('p')} is an item of a requirements "
                          f"list{about}", plat.group(0).strip()),
                Statement(line, f"gpu_vendor={vendor}", "required", f"{plat.group('p')} means an {vendor.upper()} GPU "
                          f"(an item of a requirements list){about}", plat.group(0).strip())]
    g = _LISTED_GPU.search(sentence) if required and not _PHRASE_HAS_COUNT.search(sentence) else None
    if g and not _NOT_GPU_PHRASE.search(sentence):  # a prerequisites list's "- A running Kubernetes environment with
        # GPUs", "- A server with a GPU and drivers properly installed": a GPU required, no count given
        return [Statement(line, None, "required", f"a GPU required (an item of a requirements list){about}",
                          g.group(0))]
    r = _GPU_RECOMMENDED.search(sentence)
    if r and re.search(r"\b(?:more|multiple|several|multi)\b", r.group(0), re.IGNORECASE):
        r = None  # "We recommend using multi-node with more GPUs for very large models": GPUs are a given
    if r and not re.search(r"\d", sentence[r.start():r.end()]):  # "CUDA support is strongly recommended"
        vendor = "nvidia" if re.search(r"CUDA|NVIDIA", r.group(0), re.IGNORECASE) else None
        out.append(Statement(line, None, "optional", f"a GPU recommended, not required{about}", r.group(0)))
        if vendor:
            out.append(Statement(line, "gpu_vendor=nvidia", "optional", f"CUDA means an NVIDIA GPU, recommended{about}",
                                 r.group(0)))
        return out
    # "GPUs ... are not supported (V100, ...)", "allows inference on a single GPU": no GPU need read (RAM, disk still)
    # ("offers single-GPU inference ..., which can significantly reduce the VRAM required": "required" names a noun)
    gpu_prose = not (_UNSUPPORTED.search(sentence) or (_CAPABILITY.search(sentence) and not _STRONG.search(
        _NOUN_REQUIRED.sub("", sentence))))
    counts: list[int] = []
    per_gpu: list[tuple[str, str, int]] = []  # (figure GB, token, pos)
    alternatives: list[tuple[str, str, int]] = []  # figures for another setting in the same sentence
    models: list[tuple[str, str, str]] = []  # (catalogue name, vendor, token)
    pairs: list[tuple[int, str, str, int, int]] = []  # a count with its memory: (count, GB, token, start, end)
    has_require = required or bool(_REQUIRE.search(sentence))
    compare = bool(_NOT_GPU_PHRASE.search(sentence)) or sentence.count("|") >= 2  # reports, tables (any row)
    for p in _PHRASE.finditer(sentence) if gpu_prose and _GPU_WORD.search(sentence) else ():
        model, noun = p.group("model"), p.group("noun")
        if not (model or (noun and re.match(r"GPU", noun, re.IGNORECASE))):
            continue
        if noun and not model and not re.match(r"GPU", noun, re.IGNORECASE):
            continue
        n = _count(p.group("count"))
        if n is None and not model and p.group("mem2") is None:
            continue  # a bare "GPU"
        if compare and (not _STRONG.search(sentence) or _HYPOTHETICAL.search(sentence)):
            continue  # a comparison ("A clean comparison would require re-running this on a 3090"): no need
        node_count = bool(re.match(r"\s*nodes\b", sentence[p.end():]))  # "12 A100-80GB nodes": nodes, not GPUs
        if not has_require and not n:
            continue
        if not has_require and n == 1 and not model and p.group("mem2") is None:
            continue  # "the single-GPU Rainbow agent": a description, not a need
        if (p.group("count") or "").lower() in ("a", "an") and not model and not _STRONG.search(sentence) \
                and not p.group("mem2"):
            continue  # "unload the model from a GPU": a mention, not a need
        token = p.group(0).strip()
        if n and (_preceded(sentence, p.start(), _EXAMPLE, 24) or _preceded(sentence, p.start(), _IF_YOU_HAVE, 24)
                  or _IF_CLAUSE.search(sentence[:p.start()])):
            continue  # "e.g., for two GPUs, the first half of the model layers will be on GPU 0": an illustration;
            # "if you have 2 GPUs but the aggregated GPU memory is less than the model size": a case, not a need
        if n and (n > 1 or model or noun) and not node_count:
            counts.append(n)
        if model:
            known = gpu_model(model)
            if known:
                models.append((*known, model))
        mem = p.group("mem1") or p.group("mem2")
        if mem is None:
            w = _WITH_MEM.match(sentence, p.end())
            if w:
                mem, token = w.group(1), sentence[p.start():w.end()].strip()
        if mem is not None and float(mem) <= MAX_SINGLE_GPU_GB \
                and not _preceded(sentence, sentence.find(mem, p.start()), _UPPER_BOUND):
            per_gpu.append((mem, token, p.start()))
            if n and not node_count:
                pairs.append((n, mem, token, p.start(), p.end()))
    if len(pairs) >= 2 and re.search(r"\bor\b", sentence[pairs[0][4]:pairs[-1][3]], re.IGNORECASE):
        # "4 * A100(80G) [Recommend] or 8 * RTX 3090(24G)", "4xA100-40GB, or 2xA100-80GB": alternative GPU sets,
        # each a count with its memory: one set is read, the one with the smallest GPUs (never a mix of two)
        n, mem, token, pos, _ = min(pairs, key=lambda q: (float(q[1]), q[3]))
        counts = [n]
        per_gpu = [(mem, token, pos)]
        models = [m for m in models if m[2] in token] or models
    for b in _BARE_MEM.finditer(sentence) if gpu_prose else ():
        if any(pos <= b.start() <= pos + len(tok) for _, tok, pos in per_gpu):
            continue
        figure = float(b.group(1))
        if _preceded(sentence, b.start(1), _UPPER_BOUND) or _preceded(sentence, b.start(1), _SAVING, 24):
            continue  # "GPUs with less than 10GB VRAM": a condition; "saves about 10GB of GPU memory"
        single = _ON_ONE_GPU.match(sentence, b.end())  # "requires approximately 60GB VRAM when running on a single GPU"
        # ("6 GB VRAM for shape generation and 16 GB for shape and texture generation in total": with no GPUs or count
        # named, the total is of the tasks, on the one GPU)
        total = (bool(_TOTAL.search(sentence)) and not b.group("each") and not single
                 and (max(counts, default=0) > 1 or bool(_PLURAL_GPUS.search(sentence)))) or figure > MAX_SINGLE_GPU_GB
        if total:
            n = max(counts, default=0)
            if n > 1:
                per = math.ceil(figure / n)
                out.append(Statement(line, f"gpu_memory>={per}GB", "required",
                                     f"a total of {b.group(1)} GB over {n} GPUs = {per} GB per GPU, "
                                     f"{_kind(sentence, b.start(1))}{about}", b.group(0).strip()))
            else:
                out.append(Statement(line, None, "required", f"a total of {b.group(1)} GB across GPUs; "
                                     f"per-GPU figure unknown{about}", b.group(0).strip()))
            continue
        per_gpu.append((b.group(1), b.group(0).strip(), b.start()))
    compared = _MEM_COMPARED.finditer(sentence) if gpu_prose and re.search(r"\bGPUs?\b", sentence) else ()
    for a in [*(_MEM_AFTER.finditer(sentence) if gpu_prose else ()), *compared]:
        if any(pos <= a.start(1) < pos + len(tok) + 12 for _, tok, pos in per_gpu):
            continue
        if float(a.group(1)) <= MAX_SINGLE_GPU_GB:
            per_gpu.append((a.group(1), a.group(0).strip(), a.start()))
        more = _AND_MEM.match(sentence, a.end())
        if more and float(more.group(1)) <= MAX_SINGLE_GPU_GB:  # another setting's figure: the least will do
            alternatives.append((more.group(1), more.group(0).strip(), more.start()))
    for g in _GPU_WITH.finditer(sentence) if gpu_prose else ():
        if not any(pos <= g.start() < pos + len(tok) + 12 for _, tok, pos in per_gpu):
            per_gpu.append((g.group(1), g.group(0).strip(), g.start()))
    nodes = _NODES.search(sentence)
    k = _count(nodes.group(1)) if nodes else None
    paren = _NODES_PAREN.search(sentence)  # "12 A100-80GB nodes (96 GPUs)": a total over the nodes
    if paren:
        k, total = int(paren.group(1)), int(paren.group(2))
        counts = [total]
    spread = False  # "Full parameter fine-tune needs 16 A100-80G": more than a node holds, so nodes of 8
    if not (k and k > 1 and (_TOTAL.search(sentence) or paren)):
        over = [c for c in counts if c > MAX_GPUS_PER_NODE and c % MAX_GPUS_PER_NODE == 0 and c <= 32]
        counts = [c for c in counts if c <= MAX_GPUS_PER_NODE]  # more is a cluster total, not a node's GPUs
        if over and not counts:
            counts, k, spread = [min(over)], min(over) // MAX_GPUS_PER_NODE, True
    alt = _ALTERNATIVE_COUNTS.search(sentence)
    listed = _OR_LIST.search(sentence)
    if len(set(counts)) > 1 and listed and re.search(r"\bor\b", listed.group(0), re.IGNORECASE):
        counts = [min(counts)]  # "4xL4, 2xL4, 2xL40S, or 1x L40S instances": alternatives, the least will do
    if counts and alt:  # "one or two A100 GPUs": the least will do
        counts = [min(_count(alt.group(1)) or 1, _count(alt.group(2)) or 1, *counts)]
    rng = _RANGE_COUNTS.search(sentence)
    least = min(int(rng.group(1)), int(rng.group(2))) if rng else 0
    if rng and 0 < least <= MAX_GPUS_PER_NODE and (has_require or counts):  # "1-8 GPUs": the least will do
        counts, alt = [least], rng
    if counts:
        n = max(counts)
        tok = next((p.group(0).strip() for p in _PHRASE.finditer(sentence)
                    if _count(p.group("count")) == n and (p.group("model") or p.group("noun"))), alt.group(0)
                   if alt else str(n))
        if spread:
            out.append(Statement(line, f"gpus>={MAX_GPUS_PER_NODE}", "required", f"{n} GPUs, more than one node "
                                 f"holds: {k} nodes of {MAX_GPUS_PER_NODE} GPU(s) per node, "
                                 f"{_kind(sentence, sentence.find(tok))}{about}", tok))
        elif k and k > 1 and n >= k and (_TOTAL.search(sentence) or paren):  # "8 nodes, 64 GPUs in total": per node
            per = math.ceil(n / k)
            out.append(Statement(line, f"gpus>={per}", "required", f"{n} GPUs over {k} nodes = {per} GPU(s) per "
                                 f"node, {_kind(sentence, sentence.find(tok))}{about}", tok))
        else:
            ranged = RANGE_LEAST if rng and alt is rng else ""
            also = ALSO_WAY if _ALSO.search(sentence) else ""
            out.append(Statement(line, f"gpus>={n}", "required", f"{n} GPU(s) per node, "
                                 f"{_kind(sentence, sentence.find(tok))}{about}{ranged}{also}", tok))
    if not counts and per_gpu and (one := _ONE_GPU_WITH.search(sentence)) and not _PLURAL_GPUS.search(sentence):
        kind = _kind(sentence, per_gpu[0][2])  # "a device with an NVIDIA GPU with more than 16GB VRAM": one GPU
        if kind.startswith("minimum"):
            out.append(Statement(line, "gpus>=1", "required", f"1 GPU(s) per node, {kind}{about}{A_GPU_WITH}",
                                 one.group(0)))
    figures = {}
    for mem, tok, pos in per_gpu:
        figures.setdefault((_kind(sentence, pos + max(tok.find(mem), 0)), mem), (tok, pos))
    for mem, tok, pos in alternatives:
        figures.setdefault((_kind(sentence, pos + max(tok.find(mem), 0)), mem), (tok, pos))
    least = min((float(m) for _, m in figures), default=0.0) if alternatives else 0.0
    settings = [m.span(1) for m in _FOR_SIZE.finditer(sentence)]  # "For 12GB graphic memory users, you can run ..."
    for (kind, mem), (tok, pos) in sorted(figures.items(), key=lambda kv: kv[1][1]):
        larger = _LARGER if alternatives and float(mem) > least else ""
        at = pos + max(tok.find(mem), 0)
        setting = SIZE_SETTING if any(a <= at < b for a, b in settings) else ""
        out.append(Statement(line, f"gpu_memory>={gb_text(mem)}", "required",
                             f"{mem} GB per GPU, {kind}{about}{larger}{setting}", tok))
    catalogue = {tok: gpu_memory(name) for name, _, tok in models} if not per_gpu else {}
    sizes = [m.gib for m in catalogue.values() if m is not None]
    # "an NVIDIA GPU (RTX 3090/4090, A100, H100, or B200)": any of the models will do, the smallest
    either = len(set(sizes)) > 1 and bool(_MODELS_EITHER.search(sentence))
    for _name, vendor, tok in models:
        out.append(Statement(line, f"gpu_vendor={vendor}", "required", f"{tok} is an {vendor.upper()} GPU{about}",
                             tok))
        mem = catalogue.get(tok)
        if mem is not None:
            least = " (the smallest variant)" if mem.at_least else ""
            larger = _LARGER if either and mem.gib > min(sizes) else ""
            out.append(Statement(line, f"gpu_memory>={mem.gib}GiB", "required",
                                 f"{tok}: {mem.gib} GB per GPU{least}, from the GPU catalogue{about}{larger}", tok))
    if not models and any((st.term or "").startswith(("gpus", "gpu_memory")) for st in out):
        v = _NVIDIA_WORD.search(sentence)
        if v and not _AMD_WORD.search(sentence):  # "... on a GPU node so the NVidia installer doesn't abort"
            out.append(Statement(line, "gpu_vendor=nvidia", "required", f"{v.group(0)} means an NVIDIA GPU{about}",
                                 v.group(0)))
    # (and hardware named in a benchmark's section or document: "## Benchmark Results" ... "an NVIDIA DGX-A100")
    if out and (_TIMING.search(sentence) or measured or _MEASURED.search(heading)) and not _STRONG.search(sentence):
        out = [_replace(st, gpu=None, reading=st.reading.replace("minimum", _TIMED, 1) if "minimum" in st.reading
                        else f"{st.reading}, {_TIMED}") for st in out]
    # "Support for multi-GPU training": a capability, not a need (nor "does not support GPU acceleration", nor
    # "a 140k× speed-up compared to GPU-accelerated ...": a comparison)
    w = _GPU_SUPPORTED.search(sentence) if not out and not _NOT_GPU_PHRASE.search(sentence) else None
    if w and not re.search(r"\b(?:not|no|never|without)\b|n't", sentence[max(0, w.start() - 24):w.start()],
                           re.IGNORECASE):
        out.append(Statement(line, None, "optional", f"a GPU supported, not said to be needed{about}",
                             w.group(0), weak=True))
        v = _NVIDIA_WORD.search(sentence)
        if v and not _AMD_WORD.search(sentence):
            out.append(Statement(line, "gpu_vendor=nvidia", "optional", f"{v.group(0)} means an NVIDIA GPU, "
                                 f"supported{about}", v.group(0), weak=True))
    if not models and not out:
        v = _VENDOR_GPUS.search(sentence)
        # "runs on NVIDIA GPUs": the vendor, saying nothing of whether a GPU is needed (and "a Mac with Apple
        # Silicon or an AMD GPU (MPS)" names no node's GPU)
        if v and not _MAC.search(sentence):
            vendor = v.group(1).lower()
            out.append(Statement(line, f"gpu_vendor={vendor}", None, f"{v.group(1)} GPUs named{about}", v.group(0)))
        elif (c := _CUDA_VERSION.search(sentence) or _CUDA_SETUP.search(sentence)) and not _AMD_WORD.search(sentence):
            # "developed with python 3.6, PyTorch 1.7.1, CUDA 11.0": the toolkit named, NVIDIA's
            out.append(Statement(line, "gpu_vendor=nvidia", None, f"{c.group(0)} named (NVIDIA's toolkit){about}",
                                 c.group(0)))
    host_from = len(out)  # the host's RAM, disk and CPUs follow
    takes = bool(_TAKES.search(sentence))  # "The processed data will take 1.8T storage", "You will download 30GB"
    if (has_require or takes or re.search(r"\b(system|host|machine|node|server|instance|DRAM)\b", sentence,
                                          re.IGNORECASE)) and not _COMPARED_EXAMPLE.match(sentence):
        settings: list[tuple[float, int, bool]] = []  # (GB, index in out, said "for" a setting)
        for r in [*_RAM.finditer(sentence), *_RAM_AFTER.finditer(sentence)] if has_require or not takes else ():
            host_memory = re.search(r"\b(?:DRAM|system|host|CPU|main)\b", r.group(0), re.IGNORECASE)
            # a bare "memory" reaches further back: "8×RTX 3090, each with 24GB memory" is the GPUs'
            said_ram = bool(re.search(r"RAM\b", r.group(0)))
            gpu_near = r"\b(GPUs?|VRAM|graphics|video|CUDA)\b" + ("" if said_ram else f"|{_MODEL_RE}")
            if not host_memory and re.search(gpu_near, sentence[max(0, r.start() - (12 if said_ram else 40)):r.end()],
                                             re.IGNORECASE):
                continue  # "2 A100 GPUs (40GB memory)": the GPUs' (but "a T4 (16GB) GPU and 200GB of DRAM": the host's)
            if _RATE.match(sentence, r.end()):
                continue  # "~1 GiB of RAM per 20 million items": a rate, not a need
            if any(pos <= r.start() < pos + len(tok) for _, tok, pos in per_gpu):
                continue
            if _CONDITION.search(sentence[max(0, r.start() - 40):r.start()]) or _SCALES_TO.search(sentence[:r.start()]):
                continue  # "If you have more than 64GB RAM, then perhaps ...": a condition, not a need
            unit = {"G": "GB", "T": "TB", "GIB": "GiB", "MIB": "MiB"}.get(r.group(2).upper(), r.group(2).upper())
            if unit in ("MB", "MiB") and float(r.group(1)) < 256:
                continue  # "uses 50 MB of memory": a footprint, no host's need
            out.append(Statement(line, f"ram>={r.group(1)}{unit}", None,
                                 f"{r.group(1)} {unit} of RAM, {_host_kind(sentence, r.start(1))}{about}",
                                 r.group(0).strip()))
            settings.append((float(r.group(1)) * {"T": 1000, "M": 0.001}.get(unit[0], 1), len(out) - 1,
                             bool(_FOR_SETTING.match(sentence, r.end()))))
        for r in _SMALL_AS.finditer(sentence):
            if any(st.term and st.term.startswith("ram>=") and st.token in r.group(0) for st in out[host_from:]):
                continue
            unit = "GiB" if r.group(2).lower() == "gib" else "GB"
            out.append(Statement(line, f"ram>={r.group(1)}{unit}", None,
                                 f"{r.group(1)} {unit} of RAM, the smallest host it runs on (minimum){about}",
                                 r.group(0).strip()))
        if len(settings) >= 2 and all(f for _, _, f in settings):
            # "at least 12 GB of RAM for single-task online RL, and 128 GB of RAM for multi-task offline RL": one
            # figure per setting, the least is what the first one needs; the others are larger alternatives
            least = min(settings)[1]
            for _, i, _ in settings:
                if i != least:
                    out[i] = _replace(out[i], reading=f"{out[i].reading}, a larger alternative")
        data = _DATA_DISK.finditer(sentence) if _STRONG.search(sentence) else ()
        downloads = _DOWNLOAD.finditer(sentence) if takes else ()
        for d in [*_DISK.finditer(sentence), *_DISK_AFTER.finditer(sentence), *data, *downloads]:
            unit = {"G": "GB", "T": "TB"}.get(d.group(2).upper(), d.group(2))
            unit = {"GIB": "GiB", "TIB": "TiB"}.get(unit.upper(), unit.upper() if unit.upper() in ("GB", "TB")
                                                     else unit)
            out.append(Statement(line, f"disk>={d.group(1)}{unit}", None,
                                 f"{d.group(1)} {unit} of disk, {_host_kind(sentence, d.start(1))}{about}",
                                 d.group(0).strip()))
        if (one := _ONE_CORE.search(sentence)) and not _CPUS.search(sentence):
            out.append(Statement(line, "cpus>=1", None, f"1 CPU thread, {_host_kind(sentence, one.start())}{about}",
                                 one.group(0)))
        for c in _CPUS.finditer(sentence) if has_require or not takes else ():
            if re.search(r"GPU|CUDA|tensor|neuron", sentence[max(0, c.start() - 12):c.end() + 16], re.IGNORECASE):
                continue
            if _SCALES_TO.search(sentence[:c.start()]):
                continue
            out.append(Statement(line, f"cpus>={int(c.group(1))}", None,
                                 f"{c.group(1)} CPU threads, {_host_kind(sentence, c.start())}{about}",
                                 c.group(0).strip()))
    if len(out) > host_from and (_TIMING.search(sentence) or measured or _THROUGHPUT.search(sentence)) \
            and not _STRONG.search(sentence):
        # "... with 244 GB of RAM, the build process took 35 minutes": the machine a timing was run on
        out[host_from:] = [_replace(st, reading=st.reading.replace("minimum", _TIMED, 1)) for st in out[host_from:]]
    if _FOR_SCALE_OUT.search(sentence):  # "4xL4 or 2xL4 instances (for distributed notebooks)": a larger option
        out = [_replace(st, reading=st.reading + _LARGER) if (st.term or "").startswith("gpus>=")
               and _value(st.term) > 1 else st for st in out]
    return out


_FOR_SCALE_OUT = re.compile(r"\bfor\s+(?:the\s+)?(?:distributed|multi-?GPU|multi-?node)\b", re.IGNORECASE)


MAX_STATEMENTS = 400  # per document: past twice the evidence kept per file, more cannot change what is kept
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(*\[])")


# an item of a requirements list written as "label = value": "+ CPUs = 16", "- Memory: 32GB", "* Disk space: 100 GB"
_LABELLED = re.compile(r"^\W*(?P<label>(?:number\s+of\s+)?(?:v?CPUs?|CPU\s+cores|cores|threads)|"
                       r"(?:system\s+|host\s+|main\s+)?(?:memory|RAM)|(?:free\s+)?(?:disk(?:\s+space)?|storage))\s*(?:=|:|-)\s*(?:>=?\s*)?"
                       r"(?P<n>\d{1,5}(?:\.\d+)?)\s*(?P<unit>GB|GiB|TB|TiB|G|T)?\b(?P<rest>.*)$", re.IGNORECASE)


def _labelled(sentence: str, line: int, intro: str) -> list[Statement]:
    """A requirements list's "label = value" item; minimum or recommended by the list's introduction."""
    m = _LABELLED.match(sentence)
    if not m or re.search(r"\b(?:GPU|VRAM|video|graphics)\b", m.group("rest") + m.group("label"), re.IGNORECASE):
        return []
    label, n, unit = m.group("label").lower(), m.group("n"), (m.group("unit") or "").upper()
    kind = "recommended" if _RECOMMENDED.search(intro.split(" | ")[0]) else "minimum"
    token = m.group(0)[m.start("label"):m.end("unit") if m.group("unit") else m.end("n")].strip()
    if re.search(r"cpu|core|thread", label):
        return [] if unit else [Statement(line, f"cpus>={int(float(n))}", None, f"{n} CPU threads, {kind}", token)]
    if not unit:
        return []
    unit = {"G": "GB", "T": "TB", "GIB": "GiB", "TIB": "TiB"}.get(unit, unit)
    key, what = ("disk", "disk") if re.search(r"disk|storage", label) else ("ram", "RAM")
    return [Statement(line, f"{key}>={n}{unit}", None, f"{n} {unit} of {what}, {kind}", token)]


def markdown_statements(lines: list[str], first: int = 0, *,
                        doc: str = "") -> tuple[list[Statement], list[tuple[int, str]]]:
    """Statements in a Markdown/RST/text document's prose, and its fenced code lines ``(line, text)``.

    Fenced code blocks and HTML comments are not prose; a line indented four spaces is code unless
    it continues a list item. Each sentence is read with the heading it sits under.
    """
    out: list[Statement] = []
    code: list[tuple[int, str]] = []
    fenced = in_comment = in_list = admonition = False
    fence = ""  # the open code fence's run of backticks or tildes
    heading = ""
    prev_blank = True
    group = 0
    groups: dict[int, list[tuple[int, int, int, int]]] = {}  # list -> (statement, line, indentation, parent line)
    parents: list[tuple[int, int]] = []  # the open list items above this one: (indentation, line)
    carry = ""
    para = 0  # paragraph number (a blank line or a heading ends one)
    paras: dict[int, list[int]] = {}  # paragraph -> indices in out
    one_gpu_ways: set[int] = set()  # paragraphs documenting how to run on one GPU
    measured_doc = bool(_MEASURED_DOC.search(doc))  # benchmark/README.md: the machines results were measured on
    one_gpu_doc = False  # the document shows a one-GPU way ("## Single-gpu Inference", "on a single GPU using ...:")
    scope: dict[int, str] = {}  # per statement: its heading and paragraph (what it is said of)
    para_text: dict[int, str] = {}
    outline: dict[int, str] = {}  # the headings above, by level
    headings: dict[int, str] = {}  # each statement's nearest heading
    last_prose: dict[int, str] = {}  # group -> the prose line that opened it (a list's introduction)
    intros: dict[int, str] = {}  # group of a list -> its introduction and heading
    items: dict[int, list[list[tuple[int, str]]]] = {}  # group of a list -> its top-level items' lines
    skip_to = -1  # the last line of an HTML table read as a whole
    for i in range(first, len(lines)):
        if i <= skip_to:
            continue
        if len(out) >= MAX_STATEMENTS:  # a hostile 1 MB README of statements: stay fast (the file's cap warns)
            break
        line = lines[i]
        if "&" in line and not fenced:  # "1&ndash;8 high-end NVIDIA GPUs", "8&times;A100": read as rendered
            line = html.unescape(line)
        stripped = line.strip()
        if (change := fence_change(stripped, fence)) is not None:
            fence = change
            fenced = bool(fence)
            continue
        if fenced:
            code.append((i + 1, line))
            continue
        if "<!--" in line and "-->" not in line:
            in_comment = True
        if in_comment:
            in_comment = "-->" not in line
            continue
        if "<!--" in line:  # "<!-- It takes ... a peak GPU memory of 20 GB ... -->": commented out, not said
            line = re.sub(r"<!--.*?-->", "", line)
            stripped = line.strip()
            if not stripped:
                continue
        if not stripped:
            prev_blank = True
            carry = ""
            para += 1
            continue
        if stripped.startswith(">"):  # a blockquote is prose: "> (1) For the 1.3B model on 8 GPUs, ..."
            line = re.sub(r"^\s*(?:>\s?)+", "", line)
            stripped = line.strip()
            if not stripped:
                continue
            if _COMMAND.match(stripped):  # ... but "> python -m torch.distributed.launch --nproc_per_node=4 ...": code
                code.append((i + 1, line))
                continue
        is_item = bool(re.match(r"([-*+]|\(?\d{1,2}[.)])\s", stripped))
        if re.match(r"(?:!!!|\?\?\?\+?)\s*\w", line):  # an admonition (MkDocs): its indented body is prose
            admonition = True
        elif not line.startswith((" ", "\t")):
            admonition = False
        if line.startswith(("    ", "\t")) and not is_item and not in_list and not admonition:
            code.append((i + 1, line))
            continue
        if not line.startswith((" ", "\t")):
            in_list = is_item or (in_list and not prev_blank)
        elif is_item:
            in_list = True
        prev_blank = False
        h = re.match(r"(#{1,6})\s+(.*)", stripped)
        if h:
            heading = h.group(2)
            level = len(h.group(1))
            outline = {lv: t for lv, t in outline.items() if lv < level} | {level: heading}
            one_gpu_doc = one_gpu_doc or bool(_ONE_GPU_DOC.search(heading))
            in_list = False
            group += 1
            para += 1
            continue
        if i + 1 < len(lines) and re.fullmatch(r"(=+|-+)", lines[i + 1].strip() or "x") and stripped:
            heading = stripped  # an RST/setext heading
            continue
        if stripped.lower().startswith("<table"):
            end, figures = tables.html_table(lines, i)
            skip_to = end
            if figures:
                out.append(tables.smallest_row(figures, "GPU memory"))
            continue
        if stripped.startswith("|"):
            header = i + 1 < len(lines) and re.fullmatch(r"\|?[\s:|-]*-[\s:|-]*", lines[i + 1].strip())
            if header:  # a hardware table: the least of each column (tables.markdown_table)
                out += tables.markdown_table(lines, i, last_prose.get(group, ""))
            continue  # table rows are data, not sentences
        if not (is_item or (in_list and line.startswith((" ", "\t")))):
            group += 1  # prose outside a list ends the list
            last_prose[group] = stripped
        elif is_item and not line.startswith((" ", "\t")):  # a top-level item: its lines follow it
            intros.setdefault(group, f"{last_prose.get(group, '')} | {heading}")
            items.setdefault(group, []).append([(i + 1, stripped)])
        elif items.get(group):
            items[group][-1].append((i + 1, stripped))
        intro = intros.get(group, "")
        in_required_list = bool(_LIST_REQUIRED.search(intro)) and not _OPTIONAL_PART.search(intro.split(" | ")[0])
        listed = is_item or in_list
        # "Recommended:" over a list (beside a "Minimum:" one): its items are recommendations; "Measurement
        # details:" over one: the machine figures were measured on
        recommended_list = listed and bool(_RECOMMENDED_INTRO.match(intro.split(" | ")[0]))
        measured_list = listed and bool(_MEASUREMENT_INTRO.search(intro.split(" | ")[0]))
        if is_item:  # the item it is nested in (a role: "- Control Plane" / "  - Memory: 2 GB")
            depth = len(line) - len(line.lstrip())
            while parents and parents[-1][0] >= depth:
                parents.pop()
            parent = parents[-1][1] if parents else -1
            parents.append((depth, i))
        para_text[para] = (para_text.get(para, "") + " " + stripped)[-600:]
        if not one_gpu_doc and _ONE_GPU_DOC.search(stripped):
            one_gpu_doc = True
        sentences = _SENTENCE_END.split(line)
        for k, sentence in enumerate(sentences):
            lead = carry if k == 0 and carry and not is_item else ""
            if _ABOVE_MINIMUM.search(sentence):  # "This is roughly double the minimum": the figures just read
                for j in paras.get(para, []):  # are above the minimum
                    if out[j].line >= i and "minimum" in out[j].reading and out[j].term:
                        out[j] = _replace(out[j], reading=out[j].reading.replace(
                            "minimum", "recommended (said to be above the minimum)", 1))
            timed = k == len(sentences) - 1 and _timed_on_next_line(sentence, lines, i)
            for st in sentence_statements(f"{lead} {sentence}" if lead else sentence, i + 1, heading,
                                          required=in_required_list and (is_item or in_list),
                                          measured=measured_doc or measured_list, intro=intro):
                if lead and st.token and st.token not in sentence and st.token not in _reordered(sentence):
                    continue  # read on the line before, where it stands
                if recommended_list and st.term and "minimum" in st.reading:
                    st = _replace(st, reading=st.reading.replace("minimum", _LIST_RECOMMENDS, 1))
                if timed and st.term and "minimum" in st.reading:
                    st = _replace(st, gpu=None, reading=st.reading.replace("minimum", _TIMED, 1))
                out.append(st)
                paras.setdefault(para, []).append(len(out) - 1)
                scope[len(out) - 1] = f"{' / '.join(outline.values())} | {para_text.get(para, '')[-400:]} {sentence}"
                headings[len(out) - 1] = heading
                if (st.term or "").startswith("gpus>=") and _ONE_GPU_WAY.search(sentence):
                    one_gpu_ways.add(para)
                if is_item:
                    groups.setdefault(group, []).append((len(out) - 1, i, depth, parent))
        last = sentences[-1].strip()
        if len(sentences) == 1 and carry and not is_item:
            last = f"{carry} {last}"  # the same sentence goes on
        # a sentence wrapped onto the next line: its start gives the next line its context
        carry = last[-300:] if last and not re.search(r"[.!?:;]\W*$", last) and not is_item else ""
    out = _least_of_lists(out, groups)
    for p_ in one_gpu_ways:  # "train on two GPUs. Use `--gpus 0,` to train on a single GPU": one will do
        members = [k for k in paras[p_] if (out[k].term or "").startswith("gpus>=")]
        least = min(_value(out[k].term) for k in members)
        for k in members:
            if _value(out[k].term) > least and _LARGER not in out[k].reading:
                out[k] = _replace(out[k], reading=out[k].reading + _LARGER)
    for k, st in enumerate(out):
        if not ((st.term or "").startswith("gpus>=") and _value(st.term) > 1 and _LARGER not in st.reading):
            continue
        if one_gpu_doc and _SCALE_OUT.search(scope.get(k, "")) \
                or SCALE_OUT_HEADING.search(headings.get(k, "")) or _MANY_MORE.search(scope.get(k, "")[-300:]):
            # beside a documented one-GPU way, a count for distributed or parallel runs is a larger option; so is a
            # count under "## Multi-Node Training" or "to take advantage of systems with many more GPUs"
            out[k] = _replace(st, reading=st.reading + _LARGER)
    return _listed_alternatives(_least_setting(_counted(out)), intros, items), code


def _counted(out: list[Statement]) -> list[Statement]:
    """"Training requires a GPU with at least 24G of memory. We train on 4 x RTX-3090 GPUs.": the GPU's memory, then
    the count; the "a GPU" of the first sentence is no count of one beside the count its line states."""
    counted = {st.line for st in out if (st.term or "").startswith("gpus>=") and _value(st.term) > 1}
    return [st for st in out if not (st.line in counted and _indefinite(st))]


def _indefinite(st: Statement) -> bool:
    """One GPU read off "a GPU" ("requires a GPU with at least 24G of memory"), not off "one GPU" or "1 GPU"."""
    return st.term == "gpus>=1" and (A_GPU_WITH in st.reading
                                     or bool(re.match(r"an?\s(?!single\b)", st.token or "", re.IGNORECASE)))


def _least_setting(out: list[Statement]) -> list[Statement]:
    """A document that gives a way to run for each GPU size ("for GPU with 16GB memory", "For 24GB graphic memory
    users, ...", "For 12GB graphic memory users, ..."): the settings are alternatives, the least GPU will do."""
    settings = [k for k, st in enumerate(out) if SIZE_SETTING in st.reading and (st.term or "").startswith("gpu_mem")]
    if len(settings) < 2:
        return out
    least = min(_value(out[k].term) for k in settings)
    for k in settings:
        if _value(out[k].term) > least and _LARGER not in out[k].reading:
            out[k] = _replace(out[k], reading=out[k].reading + _LARGER)
    return out


def _timed_on_next_line(sentence: str, lines: list[str], i: int) -> bool:
    """The sentence wraps onto the next line, which says it was a timing ("Using 32 threads on an EC2 instance with
    244 GB of RAM, / the build process took ..."): its figures are the setup a run was timed on."""
    if re.search(r"[.!?:;]\W*$", sentence) or i + 1 >= len(lines) or _STRONG.search(sentence):
        return False
    tail = _SENTENCE_END.split(lines[i + 1].lstrip("> "))[0]
    return bool(_TIMING.search(tail)) and not _STRONG.search(tail)


_MEASURED_DOC = re.compile(r"(?:^|/)(?:benchmarks?|perf|performance|results)(?:/|[._-][^/]*$)", re.IGNORECASE)
_ONE_GPU_DOC = re.compile(r"^\W*(?:single|one|1)[- ]GPU\b|\b(?:on|with|using)\s+(?:a\s+single|one|1)\s+GPU\b[^.]{0,60}?"
                          r"(?:following\s+command|:\s*$)", re.IGNORECASE)
_SCALE_OUT = re.compile(r"\b(?:distributed|parallel|multi-?GPUs?|multiple\s+GPUs|multi-?node|xDiT|FSDP|DeepSpeed|"
                        r"scal(?:e|ing)\s+(?:out|up))\b", re.IGNORECASE)
# a heading over a way to scale out ("Training with Multiple GPUs", "Multi-Node Training"); the launch scripts' reader
# (signals) uses it too
SCALE_OUT_HEADING = re.compile(r"\bmulti-?(?:GPUs?|nodes?)\b|\bmultiple\s+(?:GPUs|nodes|machines)\b|"
                               r"\bdistributed\b|\bscal(?:e|ing)\s+(?:up|out)\b", re.IGNORECASE)
_MANY_MORE = re.compile(r"\b(?:many\s+more|even\s+more|larger\s+numbers?\s+of)\s+GPUs\b", re.IGNORECASE)
_ABOVE_MINIMUM = re.compile(r"\b(?:double|twice|triple|more\s+than|above|over)\s+the\s+minimum\b", re.IGNORECASE)
_ONE_GPU_WAY = re.compile(r"\b(?:use|set|pass|add|run|specify)\b[^.]{0,80}?\bto\s+(?:train|run|fine-?tune)\s+on\s+"
                          r"(?:a\s+single|one|1)\s+GPU\b", re.IGNORECASE)
_LIST_REQUIRED = re.compile(r"\b(?:requir\w*|need|needs|must|minimal|minimum)\b|\|\s*(?:[\w ]*\s)?(?:requirements|"
                            r"prerequisites|hardware)\b", re.IGNORECASE)
_RECOMMENDED_INTRO = re.compile(r"^\W*(?:(?:the\s+)?(?:recommended|suggested|ideal|optimal|preferred)\b[^.:]{0,60}"
                                r"|for\s+(?:best|optimal)\s+(?:performance|results)[^.:]{0,40}):[\W_]*$", re.IGNORECASE)
_LIST_RECOMMENDS = "recommended (a list its introduction recommends)"
_MEASUREMENT_INTRO = re.compile(r"\b(?:measurement|benchmark(?:ing)?)\s+(?:details|setup|environment|"
                                r"configuration|hardware|machine)\b|\b(?:measured|benchmarked)\s+(?:on|with|using)\b",
                                re.IGNORECASE)
_ALT_INTRO = re.compile(r"\b(?:variants|backends|transports|flavou?rs|alternatives|programming\s+models|"
                        r"implementations|ports|(?:supported|available|following|"
                        r"recommended|build)\s+(?:[\w-]+\s+){0,2}(?:options|platforms|devices|targets|builds|images|"
                        r"accelerators|hardware))\b", re.IGNORECASE)
_OPTIONAL_PART = re.compile(r"^\W*(?:to|if|for|when)\b|\b(?:add|additional|also)\b", re.IGNORECASE)  # "To test VM
# support, you will need to add:": what an optional part needs, not the repository
_GPU_ITEM = re.compile(r"(?<![\w-])(?:GPUs?|CUDA|ROCm|NVIDIA)(?![\w-])", re.IGNORECASE)


def _replace(st: Statement, **changes: object) -> Statement:
    from dataclasses import replace

    return replace(st, **changes)  # type: ignore[arg-type]


def _listed_alternatives(out: list[Statement], intros: dict[int, str],
                         items: dict[int, list[list[tuple[int, str]]]]) -> list[Statement]:
    """A list of supported variants, options or backends ("the supported variants are: * `base` * `gpu`:
    includes CUDA driver * `arm64`"; "Supported Transports: * Infiniband * CUDA * ROCm * Shared Memory") whose
    items name a GPU beside items that do not: the GPU items are one choice among several, so a GPU is
    optional (what a GPU item says it needs is that choice's)."""
    added: list[Statement] = []
    at: dict[int, list[int]] = {}  # line -> indices in out (linear: a list of 100,000 items stays fast)
    for k, st in enumerate(out):
        at.setdefault(st.line, []).append(k)
    for g, members in items.items():
        lead, _, heading = intros.get(g, "").partition(" | ")
        # the line opening the list (ending with a colon), or its heading
        intro = f"{lead if lead.rstrip('*_ ').endswith(':') else ''} | {heading}"
        if len(members) < 2 or not _ALT_INTRO.search(intro) or re.search(r"\b(requir|need|must|prerequisite)",
                                                                         intro, re.IGNORECASE):
            continue
        if any(len(_LINK.sub("]", m[0][1])) > 100 or re.match(r"\W*\$\s", m[0][1][1:].lstrip()) for m in members):
            continue  # items that are sentences or commands, not the names of variants
        gpu_items = [m for m in members if any(_GPU_ITEM.search(_LINK.sub("]", t)) for _, t in m)]
        if not gpu_items or len(gpu_items) == len(members):
            continue
        for m in gpu_items:
            if len(added) >= MAX_STATEMENTS:
                break
            inside = [k for ln, _ in m for k in at.get(ln, ())]
            for k in inside:
                if out[k].gpu == "required":
                    out[k] = _replace(out[k], gpu="optional",
                                      reading=out[k].reading + ", one of the listed alternatives")
            if any(out[k].gpu for k in inside):
                continue
            line, text = next((ln, _LINK.sub("]", t)) for ln, t in m if _GPU_ITEM.search(_LINK.sub("]", t)))
            token = _GPU_ITEM.search(text).group(0)  # type: ignore[union-attr]
            added.append(Statement(line, None, "optional", "a GPU variant among the listed alternatives", token))
            if _NVIDIA_WORD.search(text) and not _AMD_WORD.search(text):
                added.append(Statement(line, "gpu_vendor=nvidia", "optional", f"{token} means an NVIDIA GPU, one of "
                                       "the listed alternatives", token))
            elif _AMD_WORD.search(text) and not _NVIDIA_WORD.search(text):
                added.append(Statement(line, "gpu_vendor=amd", "optional", f"{_AMD_WORD.search(text).group(0)} means "  # type: ignore[union-attr]
                                       "an AMD GPU, one of the listed alternatives", token))
    return sorted(out + added, key=lambda st: st.line) if added else out


_LARGER = ", a larger alternative in a list (the least is kept)"
SIZE_SETTING = " (a setting for GPUs of that size)"
# "Equivalently, you may also use 8 GPUs and 1 imgs/gpu": another way the text allows beside its default
ALSO_WAY = ", another way beside the default"
_ALSO = re.compile(r"^\W*(?:equivalently|alternatively)\b|\b(?:may|can)\s+also\s+use\b", re.IGNORECASE)
A_GPU_WITH = " (\"a GPU with\" its memory)"  # "a device with an NVIDIA GPU with more than 16GB VRAM": one GPU
# "For 24GB graphic memory users", "for GPU with 16GB memory", "for users with 12 GB of VRAM": a way to run on that GPU
_FOR_SIZE = re.compile(r"\bfor\s+(?:users\s+with\s+|GPUs?\s+with\s+|(?:graphics?\s+)?cards?\s+with\s+)?"
                       r"(\d{1,3}(?:\.\d)?\s*-?\s*(?:GB|GiB|G))\s+(?:of\s+)?(?:(?:GPU|graphics?|video)\s+memory|VRAM|memory|"
                       r"GPUs?|cards?)(?:\s+users)?\b", re.IGNORECASE)


def _least_of_lists(out: list[Statement], groups: dict[int, list[tuple[int, int, int, int]]]) -> list[Statement]:
    """In a list whose items each state GPUs ("you can use either: * one A100 40GB * an A100 80GB"), or each a host's
    RAM, CPUs or disk ("- PCs ... at least 16GB RAM", "- Servers ..., at least 32G RAM"), the items are alternatives:
    the least figure is kept, the larger ones yield (reading says so). A host figure only yields to a sibling item
    (same depth, same parent): an item nested under it states a part ("* Minimum: 4 GB RAM" over "* the indexer's
    JVM heap: 1 GB RAM"), and items under different parents are roles ("- Control Plane / - Memory: 2 GB" beside
    "- Worker Node / - Memory: 1 GB"), each needed."""
    from dataclasses import replace

    for members in groups.values():
        for key in ("gpus", "gpu_memory", "ram", "cpus", "disk"):
            if key.startswith("gpu"):
                kin = [members]
            else:  # siblings: the same depth under the same parent
                by_parent: dict[tuple[int, int], list[tuple[int, int, int, int]]] = {}
                for m in members:
                    by_parent.setdefault((m[2], m[3]), []).append(m)
                kin = list(by_parent.values())
            for siblings in kin:
                hits = [(k, ln) for k, ln, _, _ in siblings if (out[k].term or "").startswith(key + ">=")]
                if len({ln for _, ln in hits}) < 2:
                    continue
                values = {k: _value(out[k].term) for k, _ in hits}
                least = min(values.values())
                for k, v in values.items():
                    if v > least and _LARGER not in out[k].reading:
                        out[k] = replace(out[k], reading=out[k].reading + _LARGER)
    return out


def _value(term: str | None) -> float:
    from envboot.domain.needs import parse

    return float(parse(term).items[0].value) if term else 0.0
