// What PEFT accepts in adapter_config.json, as data (peft `utils/peft_types.py` PeftType/TaskType,
// `config.py` PeftConfig, `tuners/lora/config.py` LoraConfig, `tuners/adalora/config.py`,
// `tuners/prompt_tuning/config.py` @ 5d602fd; older field names kept so old configs stay quiet).

/** peft `PeftType` (HEAD). BONE is in the docstring only; it was never an enum member. */
export const PEFT_TYPES: ReadonlySet<string> = new Set([
  'PROMPT_TUNING', 'MULTITASK_PROMPT_TUNING', 'P_TUNING', 'PREFIX_TUNING', 'LORA', 'ADALORA', 'ADAMSS', 'BOFT',
  'ADAPTION_PROMPT', 'IA3', 'BEFT', 'LILY', 'LOHA', 'LOKR', 'OFT', 'POLY', 'LN_TUNING', 'VERA', 'FROD', 'PVERA',
  'FOURIERFT', 'GLORA', 'XLORA', 'HRA', 'VBLORA', 'UNILORA', 'CPT', 'MISS', 'RANDLORA', 'ROAD', 'TRAINABLE_TOKENS',
  'HIRA', 'SHIRA', 'C3A', 'WAVEFT', 'OSF', 'DELORA', 'GRALORA', 'CARTRIDGE', 'TINYLORA', 'PSOFT', 'PEANUT',
  'SUPERTUNING', 'DEFT'
])

/** peft `TaskType`; PeftConfig.__post_init__ rejects any other non-null value. */
export const TASK_TYPES: ReadonlySet<string> = new Set(['SEQ_CLS', 'SEQ_2_SEQ_LM', 'CAUSAL_LM', 'TOKEN_CLS', 'QUESTION_ANS', 'FEATURE_EXTRACTION'])

/**
 * Task types whose PeftModel class adds a trained head to modules_to_save, with the names it adds
 * (peft `peft_model.py`: SEQ_CLS_HEAD_NAMES for sequence/token classification, `qa_outputs` for QA).
 */
export const HEAD_TASK_TYPES: ReadonlyMap<string, readonly string[]> = new Map([
  ['SEQ_CLS', ['classifier', 'score']],
  ['TOKEN_CLS', ['classifier', 'score']],
  ['QUESTION_ANS', ['qa_outputs']]
])

/** Types whose weights are LoRA matrices (lora_A/lora_B, AdaLoRA adds lora_E). */
export const LORA_FAMILY: ReadonlySet<string> = new Set(['LORA', 'ADALORA'])

/** PEFT's LoRA `bias` Literal; other tuners spell the third value `<method>_only`. */
export const LORA_BIAS_VALUES: readonly string[] = ['none', 'all', 'lora_only']

/** `INCLUDE_LINEAR_LAYERS_SHORTHAND` in peft `utils/constants.py`. */
export const ALL_LINEAR = 'all-linear'

/** LoraConfig defaults used when a field is absent. */
export const LORA_DEFAULT_R = 8
/** AdaLoraConfig `init_r` default: the rank every AdaLoRA layer is created (and saved) with. */
export const ADALORA_DEFAULT_INIT_R = 12

const BASE_KEYS = ['peft_type', 'task_type', 'base_model_name_or_path', 'revision', 'inference_mode', 'auto_mapping', 'peft_version']

const LORA_KEYS = [
  'r', 'target_modules', 'exclude_modules', 'lora_alpha', 'lora_dropout', 'fan_in_fan_out', 'bias', 'use_rslora',
  'modules_to_save', 'init_lora_weights', 'layers_to_transform', 'layers_pattern', 'rank_pattern', 'alpha_pattern',
  'megatron_config', 'megatron_core', 'trainable_token_indices', 'loftq_config', 'eva_config', 'corda_config',
  'lora_ga_config', 'velora_config', 'monteclora_config', 'arrow_config', 'kasa_config', 'use_bdlora', 'use_dora',
  'alora_invocation_tokens', 'use_qalora', 'qalora_group_size', 'layer_replication', 'runtime_config', 'lora_bias',
  'target_parameters', 'ensure_weight_tying',
  // Removed from LoraConfig in older releases; PEFT drops them with a warning.
  'enable_lora', 'merge_weights'
]

const ADALORA_KEYS = [...LORA_KEYS, 'target_r', 'init_r', 'tinit', 'tfinal', 'deltaT', 'beta1', 'beta2', 'orth_reg_weight', 'total_step']

const PROMPT_LEARNING_KEYS = [
  'num_virtual_tokens', 'token_dim', 'num_transformer_submodules', 'num_attention_heads', 'num_layers',
  'modules_to_save', 'prompt_tuning_init', 'prompt_tuning_init_text', 'tokenizer_name_or_path', 'tokenizer_kwargs',
  'encoder_reparameterization_type', 'encoder_hidden_size', 'encoder_num_layers', 'encoder_dropout', 'prefix_projection',
  'num_tasks', 'prompt_tuning_init_task', 'num_ranks'
]

/** Known keys per type; types not listed here are not checked for unknown keys. */
export const KNOWN_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['LORA', new Set([...BASE_KEYS, ...LORA_KEYS])],
  ['ADALORA', new Set([...BASE_KEYS, ...ADALORA_KEYS])],
  ['PROMPT_TUNING', new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])],
  ['P_TUNING', new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])],
  ['PREFIX_TUNING', new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])],
  ['MULTITASK_PROMPT_TUNING', new Set([...BASE_KEYS, ...PROMPT_LEARNING_KEYS])]
])
